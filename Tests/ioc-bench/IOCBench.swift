import ArgumentParser

/// `ioc-bench`: measurements of the federation's building blocks, with their baselines.
@main
struct IOCBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ioc-bench",
        abstract: "Benchmarks of the Đắk Lắk IOC federation (replica engine, sync protocol, field reports, camera analytics, access, indicators, public-service dossiers).",
        discussion: """
            Progress goes to stderr; figures to stdout (a table, or one JSON object with --json).
            Every database is made in a fresh temporary folder, removed at the end (also on Ctrl-C).
            """,
        subcommands: [SyncBenchmark.self, ReportsBenchmark.self, AnalyticsBenchmark.self, AccessBenchmark.self, IndicatorsBenchmark.self, DossiersBenchmark.self, SecurityBenchmark.self])
}
