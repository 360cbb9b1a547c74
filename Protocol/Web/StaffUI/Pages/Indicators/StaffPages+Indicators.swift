import Indicators

extension StaffPages {
    /// The indicators overview (`/ui/indicators`): a GET form choosing the area (`area`) and
    /// the year (`year`); links to entry, outstanding reports (with their counts) and rankings;
    /// then one section per group with a table — indicator linked to its page, period, value
    /// and unit, status (and "mô phỏng" for synthetic figures), change on the same period last
    /// year (coloured good or bad by the indicator's direction), year to date and progress
    /// against the year's plan as a bar. The governance group lists the latest rankings.
    public static func indicatorsOverview(_ page: IndicatorsOverviewPage, context: PageContext) -> String {
        let l = context.localizer
        var html: HTML = "<h1>\(l.indicatorsTitle)</h1>\n<p>\(l.indicatorsIntro)</p>\n"
        html += indicatorAreaYearForm(page, context)
        html += "<div class=\"card\"><nav aria-label=\"\(l.indicatorTools)\"><ul class=\"tool-links\">"
        if page.canEnter {
            html += "<li><a href=\"\(IndicatorLinks.entry)\">\(l.indicatorEntryTitle)</a></li><li><a href=\"\(IndicatorLinks.importSheet)\">\(l.importTitle)</a></li>"
        }
        html += "<li><a href=\"\(IndicatorLinks.owed)\">\(l.owedTitle)</a> <span class=\"muted\">(\(l.owedCount(page.overdue, page.dueSoon)))</span></li>"
        html += "<li><a href=\"\(IndicatorLinks.rankings)\">\(l.rankingsTitle)</a></li>"
        html += "<li><a href=\"\(IndicatorLinks.brief(area: page.area, year: page.year))\">\(l.briefTitle)</a></li>"
        html += "<li><a href=\"\(IndicatorLinks.export(area: page.area, year: page.year, format: "csv"))\" download>\(l.exportCSV)</a></li>"
        html += "<li><a href=\"\(IndicatorLinks.export(area: page.area, year: page.year, format: "xlsx"))\" download>\(l.exportXLSX)</a></li></ul></nav>"
        html += "<p class=\"hint\">\(l.syntheticNote)</p></div>\n"
        for (group, summaries) in page.groups {
            html += "<section class=\"indicator-group\" aria-labelledby=\"group-\(group.code)\"><h2 id=\"group-\(group.code)\">\(l.groupName(group))</h2>\n"
            if group.code == "governance" && !page.rankings.isEmpty {
                html += rankingSummaryTable(page.rankings, l)
            }
            if summaries.isEmpty {
                if group.code != "governance" || page.rankings.isEmpty { html += "<p class=\"muted\">\(l.noFigures)</p>" }
            } else {
                html += summaryTable(summaries, area: page.area, l)
            }
            html += "</section>\n"
        }
        return PageLayout.render(title: l.indicatorsTitle, body: html, context: context)
    }

    static func indicatorAreaYearForm(_ page: IndicatorsOverviewPage, _ context: PageContext) -> HTML {
        let l = context.localizer
        var html: HTML = "<form class=\"filters card\" method=\"get\" action=\"\(IndicatorLinks.overview)\">"
        html += areaField(page.areas, selected: page.area, context)
        html += "<div class=\"field\"><label for=\"year\">\(l.yearLabel)</label><select id=\"year\" name=\"year\">"
        for year in page.years {
            html += "<option value=\"\(year)\"\(year == page.year ? " selected" : "")>\(year)</option>"
        }
        return html + "</select></div><button type=\"submit\">\(l.showButton)</button></form>\n"
    }

    /// The `area` select of the indicator pages' forms, the province named as such.
    static func areaField(_ areas: [String], selected: String, _ context: PageContext) -> HTML {
        let l = context.localizer
        var html: HTML = "<div class=\"field\"><label for=\"area\">\(l.areaLabel)</label><select id=\"area\" name=\"area\">"
        for area in areas {
            html += "<option value=\"\(area)\"\(area == selected ? " selected" : "")>\(l.areaName(area, districtName: context.districtName))</option>"
        }
        return html + "</select></div>"
    }

    private static func summaryTable(_ summaries: [IndicatorSummary], area: String, _ l: Localizer) -> HTML {
        var html: HTML = "<div class=\"table-wrap\"><table class=\"indicators\">\n<thead><tr>"
        html += [l.indicatorColumn, l.periodColumn, l.valueColumn, l.figureStatusColumn, l.sameLastYearColumn, l.yearToDateColumn, l.planProgressColumn]
            .enumerated().map { index, title in "<th scope=\"col\"\(index == 2 || index == 5 ? " class=\"num\"" : "")>\(title)</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for s in summaries {
            let d = s.definition
            html += "<tr><th scope=\"row\"><a href=\"\(IndicatorLinks.indicator(d.code, area: area))\">\(l.indicatorName(d))</a></th>"
            guard let latest = s.latest else {
                html += "<td colspan=\"6\" class=\"muted\">\(l.noFigure)</td></tr>\n"
                continue
            }
            html += "<td>\(l.period(latest.period))</td>"
            html += "<td class=\"num\"><strong>\(l.figure(latest.value))</strong> <span class=\"unit\">\(d.unit)</span></td>"
            html += "<td>\(figureBadges(latest, l))</td>"
            html += "<td>\(changeCell(s, l))</td>"
            html += "<td class=\"num\">\(s.yearToDate.map { HTML(text: l.figure($0)) } ?? Badge.dash)</td>"
            html += "<td>\(planCell(s, l))</td></tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }

    /// The figure's status badge, with "mô phỏng" for a synthetic one and a mark for a conflict.
    static func figureBadges(_ figure: IndicatorFigure, _ l: Localizer) -> HTML {
        var html: HTML = "<span class=\"badge figure-\(figure.status.rawValue)\">\(l.figureStatus(figure.status))</span>"
        if figure.isSynthetic { html += " <span class=\"badge synthetic\">\(l.syntheticMark)</span>" }
        if !figure.conflicting.isEmpty {
            html += " <span class=\"badge conflict\" title=\"\(l.conflictingValues(figure.conflicting.map { l.figure($0) }.joined(separator: "; ")))\">⚠ \(l.conflictMark)</span>"
        }
        return html
    }

    static func changeCell(_ s: IndicatorSummary, _ l: Localizer) -> HTML {
        guard let change = s.change else { return Badge.dash }
        let good = s.definition.higherIsBetter ? change >= 0 : change <= 0
        var html: HTML = "<span class=\"change \(good ? "change-good" : "change-bad")\">\(change >= 0 ? "▲" : "▼") \(l.change(change, points: s.changeInPoints))</span>"
        if let real = s.realGrowth { html += "<br><span class=\"muted small\">\(l.realGrowthColumn): \(l.change(real, points: false))</span>" }
        return html
    }

    static func planCell(_ s: IndicatorSummary, _ l: Localizer) -> HTML {
        guard let progress = s.planProgress, let target = s.target else { return Badge.dash }
        let met = s.planMet ?? false
        let width = max(0, min(100, progress))
        return "<div class=\"plan\" title=\"\(l.planColumn): \(l.figure(target.value)) \(s.definition.unit)\">"
            + "<svg class=\"plan-bar\" viewBox=\"0 0 100 8\" aria-hidden=\"true\"><rect class=\"plan-track\" width=\"100\" height=\"8\" rx=\"4\"/>"
            + "<rect class=\"\(met ? "plan-met" : "plan-behind")\" width=\"\(Int(width.rounded()))\" height=\"8\" rx=\"4\"/></svg>"
            + " <span class=\"plan-text\">\(l.decimal(progress, places: 1))%</span></div>"
    }

    private static func rankingSummaryTable(_ rankings: [GovernanceRanking], _ l: Localizer) -> HTML {
        var html: HTML = "<div class=\"table-wrap\"><table class=\"rankings\">\n<thead><tr>"
        html += [l.indicatorColumn, l.yearLabel, l.scoreColumn, l.nationalRankColumn, l.regionRankColumn].map { "<th scope=\"col\">\($0)</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for r in rankings {
            html += "<tr><th scope=\"row\"><a href=\"\(IndicatorLinks.rankings)#\(r.index.rawValue)\">\(r.index.rawValue)</a></th><td>\(r.year)</td>"
            html += "<td class=\"num\">\(r.score.map { HTML(text: l.figure($0)) } ?? Badge.dash)</td>"
            html += "<td>\(r.nationalRank.map { HTML(text: l.rank($0, of: r.rankedCount)) } ?? Badge.dash)"
                + (r.synthetic ? " <span class=\"badge synthetic\">\(l.syntheticMark)</span>" as HTML : "") + "</td>"
            html += "<td>\(r.regionRank.map { HTML(text: l.rank($0, of: r.regionCount)) } ?? Badge.dash)</td></tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }
}
