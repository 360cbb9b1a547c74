import Access
import CRDT
import Testing

@Suite struct PrincipalTests {
    func principal(_ roles: Set<Role>, district: String = "651", unit: String? = nil, disabled: Bool = false) -> Principal {
        Principal(account: Account(district: district, user: "x", name: "x", roles: roles, unit: unit, disabled: disabled), policy: .standard, method: .basic)
    }

    @Test func aDistrictOfficerReadsAndActsOnItsOwnDistrictOnlyAndSeesContacts() {
        let officer = principal([.districtOfficer])
        #expect(officer.may(.fieldReportsAct) && officer.may(.fieldReportsContact))
        #expect(officer.sees(caseOf: "651", unit: "ubnd-xa") && !officer.sees(caseOf: "648", unit: nil))
        #expect(!officer.may(.referenceEdit) && !officer.may(.accountsManage))
    }

    @Test func aUnitHandlerSeesOnlyTheCasesAssignedToItsUnitAndNoContacts() {
        let handler = principal([.unitHandler], unit: "cong-an")
        #expect(handler.unitOnly == "cong-an")
        #expect(handler.sees(caseOf: "651", unit: "cong-an") && !handler.sees(caseOf: "651", unit: "ubnd-xa") && !handler.sees(caseOf: "651", unit: nil))
        #expect(handler.may(.fieldReportsAct) && !handler.may(.fieldReportsContact))
    }

    @Test func aProvincialOperatorReadsEveryDistrictButEditsNoReferenceData() {
        let operatorAccount = principal([.provincialOperator], district: Scope.province)
        #expect(operatorAccount.districts == nil && operatorAccount.sees(caseOf: "648", unit: nil))
        #expect(operatorAccount.may(.fieldReportsAct) && !operatorAccount.may(.referenceEdit))
    }

    @Test func anAdministratorManagesReferenceDataAccountsAndEnrolmentButNoCases() {
        let administrator = principal([.administrator], district: Scope.province)
        for permission in [Permission.referenceEdit, .accountsManage, .enrolmentManage, .auditRead] { #expect(administrator.may(permission)) }
        #expect(!administrator.may(.fieldReportsRead))
    }

    @Test func aViewerReadsDashboardsAndStatisticsWithoutPersonalData() {
        let viewer = principal([.viewer], district: Scope.province)
        #expect(viewer.may(.fieldReportsStatistics) && viewer.may(.trafficRead))
        for personal in [Permission.fieldReportsRead, .fieldReportsContact, .trafficEvents, .trafficPlates] { #expect(!viewer.may(personal)) }
    }

    @Test func aDisabledAccountMayDoNothing() {
        #expect(principal([.provincialOperator, .administrator], district: Scope.province, disabled: true).permissions.isEmpty)
    }

    @Test func aNewServiceGrantsItsOwnPermissionsWithoutANewRole() {
        let dossiers = AccessPolicy([.districtOfficer: [Permission("dossiers.entry")], .viewer: [Permission("dossiers.report")]])
        let policy = AccessPolicy.merged([.standard, dossiers])
        let officer = Principal(account: Account(district: "651", user: "x", name: "x", roles: [.districtOfficer]), policy: policy, method: .session)
        #expect(officer.may(Permission("dossiers.entry")) && officer.may(.fieldReportsAct))
        #expect(!officer.may(Permission("dossiers.report")))
    }
}
