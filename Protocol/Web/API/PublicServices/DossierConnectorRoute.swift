import Hummingbird
import PublicServices

/// The hub's view of the one-stop connector: `GET /api/v1/dossiers/connector` (its cursor,
/// last run, counts and latest bad dossiers) and `POST /api/v1/dossiers/connector/run` (poll
/// now, for an operator who knows the one-stop system just came back). Mounted at every hub:
/// without a connector both answer 404 `connector_not_configured`.
public struct DossierConnectorRoute: Sendable {
    let connector: OneStopConnector?
    let api: RecordRoutes

    public init(connector: OneStopConnector?, api records: FieldReportService) {
        self.connector = connector
        api = records.routes
    }

    public func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("api/v1/dossiers/connector") { request, _ in
            await api.staff(request, .dossiersRead) { _ in
                guard let connector else { return JSONResponse.error(DossierError.connectorNotConfigured) }
                return JSONResponse.encoded(await connector.status)
            }
        }
        router.post("api/v1/dossiers/connector/run") { request, _ in
            await api.staff(request, .dossiersIngest) { _ in
                guard let connector else { return JSONResponse.error(DossierError.connectorNotConfigured) }
                let before = await connector.status.ingested
                let status = await connector.run()
                if status.ingested != before { api.didWrite() }
                return JSONResponse.encoded(status)
            }
        }
    }
}
