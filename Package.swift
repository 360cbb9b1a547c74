// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "DakLakIOC",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ioc-node", targets: ["ioc-node"]),
        .executable(name: "ioc-hub", targets: ["ioc-hub"]),
        .executable(name: "ioc-bench", targets: ["ioc-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-protobuf", from: "1.39.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // MARK: Protocol — what crosses the wire and how state merges
        .target(name: "CRDT", path: "Protocol/Sync/CRDT", swiftSettings: strict),
        .target(
            name: "Vietnam", path: "Protocol/Domain/Vietnam", exclude: ["Boundaries/README.md"],
            resources: [
                .embedInCode("administrative-units.json"), .embedInCode("Boundaries/former-districts.geojson"),
                .embedInCode("Boundaries/commune-areas.geojson"),
            ], swiftSettings: strict),
        .target(
            name: "Wire",
            dependencies: ["CRDT", .product(name: "SwiftProtobuf", package: "swift-protobuf")],
            path: "Protocol/Sync/Wire", exclude: ["sync.proto"], swiftSettings: strict),
        .systemLibrary(name: "CNNG", path: "Protocol/Sync/CNNG", providers: [.apt(["libnng-dev"])]),
        .target(name: "NNG", dependencies: ["CNNG"], path: "Protocol/Sync/NNG", swiftSettings: strict),
        .systemLibrary(
            name: "CCrypto", path: "Protocol/Sync/CCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]),
        .target(name: "Identity", dependencies: ["CCrypto"], path: "Protocol/Sync/Identity", swiftSettings: strict),
        .target(name: "WebForms", path: "Protocol/Web/Forms", swiftSettings: strict),
        .target(name: "Open311", dependencies: ["Vietnam", "WebForms"], path: "Protocol/Web/Open311", swiftSettings: strict),
        .target(
            name: "StaffUI",
            dependencies: [
                "Access", "FieldReports", "Vietnam", "WebForms", "TrafficAnalysis", "TrafficDesk", "TrafficPlates", "TrafficForecast", "CRDT",
                "Replica", "Attachments", "Identity", "SyncSession", "Indicators", "PublicServices", "CyberSecurity", "SiteProbes",
            ], path: "Protocol/Web/StaffUI", resources: [.embedInCode("Components/stylesheet.css"), .embedInCode("Components/map-picker.js"), .embedInCode("Components/wall.js")], swiftSettings: strict),
        .target(
            name: "Commands", dependencies: ["Access", "StaffUI", "WebAPI", "Notifications", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Protocol/Web/Commands", swiftSettings: strict),
        .target(name: "Attachments", dependencies: ["Identity"], path: "Protocol/Sync/Attachments", swiftSettings: strict),
        .target(name: "Synthetic", path: "Protocol/Domain/Synthetic", swiftSettings: strict),
        .target(name: "TrafficForecast", dependencies: ["Synthetic"], path: "Protocol/Domain/Traffic/Forecast", swiftSettings: strict),
        .target(name: "TrafficPlates", path: "Protocol/Domain/Traffic/Plates", swiftSettings: strict),
        .target(name: "TrafficAnalysis", dependencies: ["TrafficForecast", "Vietnam", "Synthetic"], path: "Protocol/Domain/Traffic/Analysis", exclude: ["Detections/FORMAT.md"], swiftSettings: strict),
        .target(
            name: "Replica",
            dependencies: ["CRDT", "Wire", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Protocol/Sync/Replica", swiftSettings: strict),
        .target(
            name: "Access",
            dependencies: ["CRDT", "Replica", "Identity", "Vietnam", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Protocol/Domain/Access", swiftSettings: strict),
        .target(
            name: "FieldReports",
            dependencies: ["CRDT", "Replica", "Vietnam", "Identity", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Protocol/Domain/FieldReports", swiftSettings: strict),
        .target(
            name: "Sheets", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")], path: "Protocol/Domain/Sheets",
            swiftSettings: strict),
        .target(
            name: "Indicators",
            dependencies: ["CRDT", "Replica", "Vietnam", "Synthetic", "Sheets", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Protocol/Domain/Indicators", swiftSettings: strict),
        .target(
            name: "PublicServices",
            dependencies: ["CRDT", "Replica", "Vietnam", "Synthetic", "Sheets", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Protocol/Domain/PublicServices", swiftSettings: strict),
        .target(
            name: "CyberSecurity",
            dependencies: ["CRDT", "Replica", "Vietnam", "SiteProbes", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Protocol/Domain/CyberSecurity/Desk", swiftSettings: strict),
        .systemLibrary(
            name: "CCurl", path: "Protocol/Domain/CyberSecurity/CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .target(name: "SiteProbes", dependencies: ["CCurl", "Vietnam", "Identity"], path: "Protocol/Domain/CyberSecurity/Probes", swiftSettings: strict),
        .target(name: "Notifications", dependencies: ["CCurl"], path: "Protocol/Domain/CyberSecurity/Notifications", swiftSettings: strict),
        .target(
            name: "SyslogListener",
            dependencies: ["CyberSecurity", .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio")],
            path: "Protocol/Web/Syslog", swiftSettings: strict),
        .target(
            name: "WebAPI",
            dependencies: [
                "Access", "FieldReports", "Replica", "CRDT", "Attachments", "Identity", "Vietnam", "Open311", "StaffUI", "WebForms",
                "TrafficDesk", "TrafficAnalysis", "TrafficForecast", "TrafficPlates", "Indicators", "Sheets", "PublicServices", "CyberSecurity",
                "SyslogListener", "SiteProbes", "Notifications",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Protocol/Web/API", resources: [.embedInCode("OpenAPI/openapi.json")], swiftSettings: strict),
        .target(
            name: "TrafficDesk",
            dependencies: [
                "TrafficAnalysis", "TrafficForecast", "TrafficPlates", "FieldReports", "Vietnam", "Replica", "CRDT",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Protocol/Domain/Traffic/Desk", swiftSettings: strict),
        .target(
            name: "SyncSession",
            dependencies: [
                "CRDT", "Wire", "Replica", "NNG", "Identity", "Attachments", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Protocol/Sync/Session", swiftSettings: strict),

        // MARK: Node — the district node
        .target(
            name: "NodeKit",
            dependencies: [
                "Access", "CRDT", "Wire", "Replica", "FieldReports", "Vietnam", "WebAPI", "SyncSession", "StaffUI", "Identity", "NNG", "Attachments",
                "TrafficDesk", "TrafficAnalysis", "Indicators", "PublicServices", "CyberSecurity", "SyslogListener",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Node/NodeKit", swiftSettings: strict),
        .executableTarget(
            name: "ioc-node",
            dependencies: ["NodeKit", "SyncSession", "StaffUI", "Commands", "Access", "FieldReports", "Vietnam", "Replica", "CRDT", "Identity", "NNG", "TrafficAnalysis", .product(name: "ArgumentParser", package: "swift-argument-parser"), .product(name: "Logging", package: "swift-log")],
            path: "Node/ioc-node", swiftSettings: strict),

        // MARK: Hub — the provincial hub
        .target(
            name: "HubKit",
            dependencies: [
                "Access", "CRDT", "Wire", "Replica", "FieldReports", "WebAPI", "SyncSession", "StaffUI", "Identity", "NNG", "Attachments",
                "TrafficDesk", "TrafficPlates", "Indicators", "PublicServices", "CyberSecurity", "SyslogListener",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Hub/HubKit", swiftSettings: strict),
        .executableTarget(
            name: "ioc-hub",
            dependencies: ["HubKit", "PublicServices", "SyncSession", "StaffUI", "Commands", "Access", "FieldReports", "Vietnam", "Replica", "CRDT", "Identity", .product(name: "ArgumentParser", package: "swift-argument-parser"), .product(name: "Logging", package: "swift-log")],
            path: "Hub/ioc-hub", swiftSettings: strict),

        // MARK: Tests and benchmark
        .testTarget(
            name: "AccessTests", dependencies: ["Access", "CRDT", "Replica", "Identity", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/AccessTests", swiftSettings: strict),
        .testTarget(name: "CRDTTests", dependencies: ["CRDT"], path: "Tests/CRDTTests", swiftSettings: strict),
        .testTarget(
            name: "VietnamTests", dependencies: ["Vietnam"], path: "Tests/VietnamTests",
            swiftSettings: strict),
        .testTarget(
            name: "FieldReportsTests", dependencies: ["FieldReports", "Replica", "CRDT", "Wire", "Vietnam"], path: "Tests/FieldReportsTests",
            swiftSettings: strict),
        .testTarget(name: "StaffUITests", dependencies: ["StaffUI", "FieldReports", "Vietnam", "TrafficAnalysis", "TrafficDesk", "TrafficPlates"], path: "Tests/StaffUITests", swiftSettings: strict),
        .testTarget(
            name: "IndicatorsTests", dependencies: ["Indicators", "Sheets", "Replica", "CRDT", "Vietnam"], path: "Tests/IndicatorsTests", swiftSettings: strict),
        .testTarget(
            name: "PublicServicesTests", dependencies: ["PublicServices", "Sheets", "Replica", "CRDT", "Vietnam"], path: "Tests/PublicServicesTests",
            exclude: ["Peers"], swiftSettings: strict),
        .testTarget(
            name: "CyberSecurityTests", dependencies: ["CyberSecurity", "SyslogListener", "SiteProbes", "Notifications", "Replica", "CRDT", "Vietnam", "Synthetic"], path: "Tests/CyberSecurityTests",
            exclude: ["Peers"],
            swiftSettings: strict),
        .testTarget(name: "WebFormsTests", dependencies: ["WebForms"], path: "Tests/WebFormsTests", swiftSettings: strict),
        .testTarget(name: "Open311Tests", dependencies: ["Open311", "WebForms"], path: "Tests/Open311Tests", swiftSettings: strict),
        .testTarget(name: "TrafficForecastTests", dependencies: ["TrafficForecast", "Synthetic"], path: "Tests/TrafficForecastTests", swiftSettings: strict),
        .testTarget(name: "TrafficAnalysisTests", dependencies: ["TrafficAnalysis", "TrafficForecast", "Synthetic"], path: "Tests/TrafficAnalysisTests", swiftSettings: strict),
        .testTarget(
            name: "TrafficDeskTests", dependencies: ["TrafficDesk", "TrafficAnalysis", "TrafficPlates", "FieldReports", "Replica", "CRDT"],
            path: "Tests/TrafficDeskTests", swiftSettings: strict),
        .testTarget(name: "TrafficPlatesTests", dependencies: ["TrafficPlates"], path: "Tests/TrafficPlatesTests", swiftSettings: strict),
        .testTarget(
            name: "WebAPITests",
            dependencies: [
                "WebAPI", "Access", "FieldReports", "Replica", "CRDT", "TrafficDesk", "TrafficAnalysis", "Indicators", "Sheets", "PublicServices", "CyberSecurity", "Vietnam",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"), "StaffUI",
            ],
            path: "Tests/WebAPITests", swiftSettings: strict),
        .testTarget(name: "NNGTests", dependencies: ["NNG", "Identity"], path: "Tests/NNGTests", swiftSettings: strict),
        .testTarget(name: "IdentityTests", dependencies: ["Identity"], path: "Tests/IdentityTests", swiftSettings: strict),
        .testTarget(name: "AttachmentsTests", dependencies: ["Attachments"], path: "Tests/AttachmentsTests", swiftSettings: strict),
        .testTarget(
            name: "ReplicaTests", dependencies: ["Replica", "CRDT", "Wire", .product(name: "GRDB", package: "GRDB.swift")], path: "Tests/ReplicaTests",
            swiftSettings: strict),
        .testTarget(
            name: "SyncSessionTests",
            dependencies: [
                "SyncSession", "Identity", "Wire", "Replica", "CRDT", "Attachments", "NNG", .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/SyncSessionTests", swiftSettings: strict),
        .testTarget(
            name: "HubKitTests",
            dependencies: [
                "HubKit", "WebAPI", "Identity", "SyncSession", "Replica", "CRDT", "Attachments",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/HubKitTests", swiftSettings: strict),
        .testTarget(
            name: "NodeKitTests",
            dependencies: [
                "NodeKit", "SyncSession", "WebAPI", "Identity", "Replica", "CRDT", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/NodeKitTests", swiftSettings: strict),
        .testTarget(
            name: "FederationTests",
            dependencies: [
                "ioc-node", "ioc-hub", "Wire", "NNG", "CRDT", "FieldReports", "Identity", "SyncSession", "TrafficAnalysis", "TrafficDesk", "Indicators", "PublicServices",
                .product(name: "SwiftProtobuf", package: "swift-protobuf")],
            path: "Tests/FederationTests", exclude: ["Peers"], swiftSettings: strict),
        .executableTarget(
            name: "ioc-bench",
            dependencies: [
                "CRDT", "Wire", "Replica", "FieldReports", "SyncSession", "Identity", "NNG", "NodeKit", "HubKit", "Attachments", "Vietnam",
                "TrafficAnalysis", "TrafficForecast", "Access", "Indicators", "Sheets", "PublicServices", "Synthetic", "CyberSecurity", "SiteProbes",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/ioc-bench", swiftSettings: strict),
    ]
)
