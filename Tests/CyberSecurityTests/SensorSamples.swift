/// Sensor messages in the shapes their documentation shows, with our loopback addresses.
enum SensorSamples {
    /// A Wazuh alert as the integrator writes it for a custom webhook (rule 5712: SSH brute
    /// force, level 10, MITRE T1110).
    static let wazuhBruteForce = """
        {"timestamp":"2026-12-06T09:15:02.123+0700","rule":{"level":10,"description":"sshd: brute force trying to get access to the system. Non existent user.","id":"5712","mitre":{"id":["T1110"],"tactic":["Credential Access"],"technique":["Brute Force"]},"frequency":8,"firedtimes":1,"mail":false,"groups":["syslog","sshd","authentication_failures"],"pci_dss":["11.4","10.2.4","10.2.5"]},"agent":{"id":"003","name":"web-soyte","ip":"127.0.0.21"},"manager":{"name":"wazuh-manager"},"id":"1733451302.1181472","previous_output":"Dec  6 09:14:58 web-soyte sshd[1234]: Invalid user admin from 127.0.0.99 port 52222","full_log":"Dec  6 09:15:02 web-soyte sshd[1240]: Invalid user test from 127.0.0.99 port 52230","predecoder":{"program_name":"sshd","timestamp":"Dec  6 09:15:02","hostname":"web-soyte"},"decoder":{"parent":"sshd","name":"sshd"},"data":{"srcip":"127.0.0.99","srcport":"52230","srcuser":"test"},"location":"/var/log/auth.log"}
        """

    /// A Wazuh file-integrity alert (rule 550, level 7) on a web root: what a defacement leaves.
    static let wazuhIntegrity = """
        {"timestamp":"2026-12-06T10:02:11.000+0700","rule":{"level":7,"description":"Integrity checksum changed.","id":"550","mitre":{"id":["T1565.001"],"tactic":["Impact"],"technique":["Stored Data Manipulation"]},"groups":["ossec","syscheck","syscheck_entry_modified","syscheck_file"]},"agent":{"id":"003","name":"web-soyte","ip":"127.0.0.21"},"full_log":"File '/var/www/html/index.html' modified","syscheck":{"path":"/var/www/html/index.html","event":"modified"},"location":"syscheck"}
        """

    /// A Suricata EVE alert (Emerging Threats web attack rule, severity 1).
    static let suricataAlert = """
        {"timestamp":"2026-12-06T10:01:55.251547+0700","flow_id":1805461738637437,"in_iface":"eth0","event_type":"alert","src_ip":"127.0.0.99","src_port":41234,"dest_ip":"127.0.0.21","dest_port":80,"proto":"TCP","tx_id":0,"alert":{"action":"allowed","gid":1,"signature_id":2019401,"rev":3,"signature":"ET WEB_SERVER Possible CVE-2014-6271 Attempt","category":"Attempted Administrator Privilege Gain","severity":1,"metadata":{"mitre_technique_id":["T1190"],"mitre_tactic_name":["Initial_Access"]}},"http":{"hostname":"soyte.daklak.gov.vn","url":"/cgi-bin/status","http_user_agent":"() { :; }; /bin/bash -c id","http_method":"GET","protocol":"HTTP/1.1","status":404,"length":196},"app_proto":"http"}
        """

    /// A Suricata EVE flow record: well formed, not an alert.
    static let suricataFlow = """
        {"timestamp":"2026-12-06T10:01:56.000000+0700","flow_id":1805461738637437,"event_type":"flow","src_ip":"127.0.0.99","dest_ip":"127.0.0.21","proto":"TCP","flow":{"pkts_toserver":6,"pkts_toclient":4}}
        """
}
