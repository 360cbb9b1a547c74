/// The one stylesheet, inlined into every page's `<style>`: no external fonts, images or
/// files, since the office LAN has no internet. Colours keep text contrast at WCAG AA or
/// better; focus is always visible; the layout folds to one column on a phone.
enum Stylesheet {
    static let css = """
        :root{--bg:#f4f6f9;--fg:#17212b;--muted:#4d5b69;--line:#d3dae2;--card:#fff;--brand:#0a4b83;--link:#0a56a0;\
        --ok:#1b5e20;--ok-bg:#e4f3e6;--warn:#6a4300;--warn-bg:#fff0c2;--bad:#a01616;--bad-bg:#fde7e7;--focus:#ffbf47}
        *{box-sizing:border-box}
        body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;\
        line-height:1.5;color:var(--fg);background:var(--bg)}
        a{color:var(--link)}
        a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus,svg:focus{outline:3px solid var(--focus);outline-offset:2px}
        .skip{position:absolute;left:-999px;top:0;background:#fff;color:var(--fg);padding:.5rem 1rem;z-index:10}
        .skip:focus{left:.5rem}
        .visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        .site-header{background:var(--brand);color:#fff}
        .site-header .bar{max-width:76rem;margin:0 auto;padding:.5rem 1rem;display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.25rem}
        .brand{color:#fff;font-weight:700;text-decoration:none;font-size:1.1rem}
        .scope{font-size:.75rem;background:rgba(255,255,255,.2);border-radius:1rem;padding:.1rem .55rem;margin-left:.4rem;font-weight:600;vertical-align:.1rem}
        .site-nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem}
        .site-nav a{color:#fff;text-decoration:none;padding:.35rem .65rem;border-radius:.3rem;display:inline-block}
        .site-nav a:hover{background:rgba(255,255,255,.16)}
        .site-nav a[aria-current]{background:#fff;color:var(--brand);font-weight:600}
        .search{display:flex;gap:.25rem;margin-left:auto}
        .search input{width:15rem;max-width:55vw}
        .search button{background:#fff;color:var(--brand);border-color:#fff}
        .lang-switch{margin:0;font-size:.9rem}
        .lang-switch a{color:#fff}
        main{max-width:76rem;margin:0 auto;padding:1rem}
        .site-footer{max-width:76rem;margin:2rem auto 0;padding:1rem;border-top:1px solid var(--line);color:var(--muted);font-size:.875rem}
        h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
        h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
        h3{font-size:1.05rem;margin:0 0 .5rem}
        .card{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:0 0 1rem}
        .card>h2:first-child{margin-top:0}
        .flash{padding:.75rem 1rem;border-radius:.4rem;margin:0 0 1rem;border-left:6px solid}
        .flash-success{background:var(--ok-bg);color:var(--ok);border-color:var(--ok)}
        .flash-error{background:var(--bad-bg);color:var(--bad);border-color:var(--bad)}
        .badge{display:inline-block;padding:.05rem .55rem;border-radius:1rem;font-size:.8rem;font-weight:600;white-space:nowrap;border:1px solid transparent}
        .due-on-time{background:var(--ok-bg);color:var(--ok);border-color:#93c897}
        .due-soon{background:var(--warn-bg);color:var(--warn);border-color:#dcb443}
        .due-overdue{background:var(--bad-bg);color:var(--bad);border-color:#ec9c9c}
        .due-none{background:#eef1f4;color:var(--muted)}
        .status{background:#e3ecf7;color:#173b63}
        .status-resolved,.status-closed{background:#eceff1;color:#37474f}
        .status-ineligible{background:#f2e6f5;color:#5a2767}
        .conflict{color:var(--bad);font-weight:700;text-decoration:none;cursor:help}
        .tabs{list-style:none;padding:0;margin:0 0 1rem;display:flex;flex-wrap:wrap;gap:.25rem;border-bottom:2px solid var(--line)}
        .tabs a{display:inline-block;padding:.4rem .75rem;text-decoration:none;border-radius:.3rem .3rem 0 0;color:var(--fg)}
        .tabs a:hover{background:#e6ebf1}
        .tabs a[aria-current]{background:var(--card);border:2px solid var(--line);border-bottom-color:var(--card);margin-bottom:-2px;font-weight:600}
        .count{display:inline-block;min-width:1.6rem;text-align:center;background:#dfe6ee;border-radius:1rem;padding:0 .4rem;font-size:.8rem;margin-left:.3rem}
        .table-wrap{overflow-x:auto;background:var(--card);border:1px solid var(--line);border-radius:.5rem;margin:0 0 1rem}
        table{border-collapse:collapse;width:100%;font-size:.95rem}
        table.inbox{min-width:60rem}
        table.statistics{min-width:50rem}
        caption{text-align:left;padding:.6rem .75rem;color:var(--muted);font-size:.9rem}
        th,td{padding:.5rem .65rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
        thead th{background:#edf1f6;font-weight:600;vertical-align:bottom}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        td.num{white-space:nowrap}
        table.statistics tbody th,table.statistics tfoot th{white-space:nowrap}
        tfoot th,tfoot td{font-weight:700;background:#f6f8fa}
        tr.row-overdue td:first-child{box-shadow:inset 4px 0 0 var(--bad)}
        tr.row-unbalanced td{background:#fff8e1}
        .code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-weight:600}
        .muted{color:var(--muted)}
        .small{font-size:.85rem}
        .pagination{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin:1rem 0}
        .filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;margin:0 0 1rem}
        .filters .field{margin:0}
        .field{margin:0 0 1rem}
        label,.label,legend{display:block;font-weight:600;margin:0 0 .25rem}
        fieldset{border:1px solid var(--line);border-radius:.4rem;padding:.75rem 1rem;margin:0 0 1rem}
        .hint{color:var(--muted);font-size:.9rem;margin:0 0 .3rem}
        input[type=text],input[type=search],input[type=email],input[type=tel],input[type=number],input[type=date],select,textarea{\
        font:inherit;padding:.45rem .55rem;border:1px solid #7d8b99;border-radius:.3rem;background:#fff;color:var(--fg);max-width:100%}
        input[type=file]{font:inherit;max-width:100%}
        textarea{width:100%;min-height:6rem}
        .wide{width:100%}
        button{font:inherit;padding:.45rem .95rem;border-radius:.3rem;border:1px solid var(--brand);background:var(--brand);color:#fff;cursor:pointer;font-weight:600}
        button:hover{filter:brightness(1.1)}
        button.danger{background:var(--bad);border-color:var(--bad)}
        button.secondary{background:#fff;color:var(--brand)}
        .required{color:var(--bad)}
        .error-text{color:var(--bad);font-weight:600;margin:.25rem 0}
        [aria-invalid=true]{border-color:var(--bad)!important;border-width:2px!important}
        .error-summary{border:3px solid var(--bad);background:#fff;padding:1rem;border-radius:.4rem;margin:0 0 1rem}
        .error-summary h2{margin-top:0;color:var(--bad)}
        .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:1rem;align-items:start}
        dl.details{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:0}
        dl.details dt{font-weight:600;color:var(--muted)}
        dl.details dd{margin:0;overflow-wrap:anywhere}
        .prewrap{white-space:pre-wrap;overflow-wrap:anywhere}
        .photos{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:0}
        .photos img{width:9rem;height:9rem;object-fit:cover;border-radius:.3rem;border:1px solid var(--line);background:#e9edf1;display:block}
        .timeline{list-style:none;margin:0;padding:0;border-left:3px solid var(--line)}
        .timeline li{margin:0 0 .85rem;padding-left:1rem;position:relative}
        .timeline li::before{content:"";position:absolute;left:-.5rem;top:.45rem;width:.7rem;height:.7rem;border-radius:50%;background:var(--brand)}
        .timeline li.kind-comment::before{background:#5f7583}
        .timeline li.kind-system::before{background:#9aa5b1}
        .timeline .meta{color:var(--muted);font-size:.875rem}
        .conflicts{border:2px solid #d39b00;background:#fffaeb}
        .conflicts h2{color:var(--warn)}
        .conflicts ul{margin:.25rem 0 .75rem;padding-left:1.25rem}
        .actions{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem;align-items:start}
        .action{margin:0}
        .readonly{background:#e9eef3;border-left:6px solid #5f7583;padding:.75rem 1rem;border-radius:.3rem}
        .map svg{width:100%;max-width:30rem;height:auto;display:block;border:1px solid var(--line);border-radius:.3rem;background:#f1f6ec}
        .map .frame{fill:#f1f6ec;stroke:#7c8f6a;stroke-width:1.5}
        .map .grid-line{stroke:#c9d6bd;stroke-width:.75}
        .map .grid-label{font-size:9px;fill:#5b6b4c}
        .map .district{fill:#5f7583}
        .map .district-label{font-size:10px;fill:#2f3d48}
        .map .point{fill:#c62828;stroke:#fff;stroke-width:2}
        .map .scale{stroke:#17212b;stroke-width:2}
        .map .scale-label{font-size:10px;fill:#17212b}
        .map-picker{cursor:crosshair}
        .map-note{font-size:.85rem;color:var(--muted);margin:.35rem 0 0}
        .coords{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-end;margin-top:.75rem}
        .coords .field{margin:0}
        .seg-processed-on-time{fill:#2e7d32;background-color:#2e7d32}
        .seg-processed-overdue{fill:#e65100;background-color:#e65100}
        .seg-processing-on-time{fill:#1565c0;background-color:#1565c0}
        .seg-processing-overdue{fill:#b71c1c;background-color:#b71c1c}
        .seg-ineligible{fill:#8896a4;background-color:#8896a4}
        .chart svg{width:100%;max-width:52rem;height:auto;display:block}
        .chart .bar-label,.chart .bar-total{font-size:12px;fill:#17212b}
        .legend{list-style:none;padding:0;margin:.5rem 0 0;display:flex;flex-wrap:wrap;gap:.4rem 1.25rem;font-size:.9rem}
        .swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:.15rem;vertical-align:-.1rem;margin-right:.4rem}
        .sentence{font-size:1.05rem;background:var(--card);border-left:6px solid var(--brand);padding:.75rem 1rem;border-radius:.3rem}
        .stars{border:0;padding:0}
        .stars label{display:flex;gap:.5rem;align-items:center;font-weight:400;margin:.2rem 0}
        .tracking-code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:1.6rem;font-weight:700;\
        letter-spacing:.05em;background:#fff;border:2px dashed var(--brand);padding:.4rem 1rem;display:inline-block;margin:.25rem 0 .75rem}
        .breadcrumb{margin:0;font-size:.9rem}
        .badge.congestion-free-flow{background:#e4f3e6;color:#1b5e20;border-color:#93c897}
        .badge.congestion-light{background:#f0f4c3;color:#3e4a00;border-color:#c0ca33}
        .badge.congestion-heavy{background:#fff0c2;color:#6a4300;border-color:#dcb443}
        .badge.congestion-congested{background:#fde7e7;color:#a01616;border-color:#ec9c9c}
        .badge.congestion-stationary{background:#7f0000;color:#fff;border-color:#7f0000}
        .badge.congestion-unknown{background:#eef1f4;color:var(--muted);border-color:#c5ced8}
        .cam.congestion-free-flow,.cam-view.congestion-free-flow{fill:#2e7d32}.swatch.congestion-free-flow{background:#2e7d32}
        .cam.congestion-light,.cam-view.congestion-light{fill:#9e9d24}.swatch.congestion-light{background:#9e9d24}
        .cam.congestion-heavy,.cam-view.congestion-heavy{fill:#f9a825}.swatch.congestion-heavy{background:#f9a825}
        .cam.congestion-congested,.cam-view.congestion-congested{fill:#e53935}.swatch.congestion-congested{background:#e53935}
        .cam.congestion-stationary,.cam-view.congestion-stationary{fill:#7f0000}.swatch.congestion-stationary{background:#7f0000}
        .cam.congestion-unknown,.cam-view.congestion-unknown{fill:#8896a4}.swatch.congestion-unknown{background:#8896a4}
        .badge.violation{background:var(--bad-bg);color:var(--bad);border-color:#ec9c9c}
        .badge.not-handled{background:var(--warn-bg);color:var(--warn);border-color:#dcb443}
        .badge.dismissed{background:#eceff1;color:#37474f}
        .badge.watch{background:var(--bad);color:#fff}
        .badge.phase{background:#eceff1;color:#37474f}
        .badge.phase-green{background:var(--ok-bg);color:var(--ok)}
        .badge.phase-amber{background:var(--warn-bg);color:var(--warn)}
        .badge.phase-red{background:var(--bad);color:#fff}
        .over-limit,.impossible{color:var(--bad);font-weight:700}
        tr.row-violation td:first-child,tr.row-alert td:first-child{box-shadow:inset 4px 0 0 var(--bad)}
        tr.row-impossible td,tr.row-impossible th{background:var(--bad-bg)}
        tr.row-acknowledged td,tr.row-acknowledged th{color:var(--muted)}
        .count.alert-count{background:var(--bad);color:#fff}
        .event-actions{display:flex;flex-wrap:wrap;gap:.35rem;margin-top:.35rem}
        .inline-action{display:inline;margin:0}
        .inline-action button{padding:.25rem .6rem;font-size:.875rem}
        .traffic-tools{display:flex;flex-wrap:wrap;gap:.5rem 2rem;align-items:flex-end}
        .tool-links{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;font-weight:600}
        .plate-search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}
        .plate-search .field{margin:0}
        .plate{font-size:1.15rem;letter-spacing:.04em}
        .class-counts,ul.plain{list-style:none;margin:0;padding:0}
        .class-counts li{display:inline-block;margin:0 .6rem 0 0;white-space:nowrap}
        .hash{overflow-wrap:anywhere;font-size:.85rem}
        .field.check{display:flex;gap:.4rem;align-items:center}
        .field.check label{margin:0}
        .watch-alert{border:3px solid var(--bad);background:var(--bad-bg);color:var(--bad);padding:1rem;border-radius:.4rem;margin:0 0 1rem}
        .watch-alert h2{margin:0 0 .25rem}
        .watch-alert p{margin:0;color:var(--fg)}
        .camera-map svg{width:100%;max-width:48rem;height:auto;display:block;border:1px solid var(--line);border-radius:.3rem;background:#f4f7f1}
        .small-map svg{max-width:26rem}
        .camera-map.small-map .cam-label,.camera-map.small-map .scale-label{font-size:16px}
        .camera-map .frame{fill:#f4f7f1;stroke:#7c8f6a;stroke-width:1.5}
        .camera-map .grid-line{stroke:#d6e0cc;stroke-width:.75}
        .camera-map .seat{fill:#5f7583}
        .camera-map .seat-label{font-size:11px;fill:#4d5b69;font-style:italic}
        .camera-map .cam{stroke:#fff;stroke-width:2}
        .camera-map .cam-view{opacity:.35}
        .camera-map .cam-label{font-size:11px;fill:#17212b;paint-order:stroke;stroke:#f4f7f1;stroke-width:3px}
        .camera-map a:focus .cam,.camera-map a:hover .cam{stroke:#17212b;stroke-width:3}
        .camera-map .spot{fill:var(--brand);stroke:#fff;stroke-width:2}
        .camera-map .point{fill:#c62828;stroke:#fff;stroke-width:2}
        .camera-map .hop line{stroke:var(--brand);stroke-width:2.5}
        .camera-map .hop polygon{fill:var(--brand)}
        .camera-map circle.hop{stroke:var(--brand);stroke-width:2}
        .camera-map .hop-impossible line{stroke:#c62828;stroke-dasharray:7 5}
        .camera-map .hop-impossible polygon{fill:#c62828}
        .camera-map circle.hop-impossible{stroke:#c62828;stroke-dasharray:4 3}
        .camera-map .hop-label{font-size:11px;font-weight:700;fill:#17212b}
        .camera-map .scale{stroke:#17212b;stroke-width:2}
        .camera-map .scale-label{font-size:11px;fill:#17212b}
        .camera-map .north-arrow{fill:#17212b;font-size:12px;font-weight:700}
        .flow-chart .axis{stroke:#4d5b69;stroke-width:1}
        .flow-chart .axis-grid{stroke:#e3e8ee;stroke-width:1}
        .flow-chart .axis-label{font-size:11px;fill:#4d5b69}
        .flow-chart .now-line{stroke:#9aa5b1;stroke-width:1;stroke-dasharray:3 3}
        .flow-chart .flow-line{fill:none;stroke:var(--brand);stroke-width:2}
        .flow-chart .flow-point{fill:var(--brand)}
        .flow-chart .forecast-line{fill:none;stroke-width:2;stroke-dasharray:6 4}
        .flow-chart .forecast-point{stroke:#fff;stroke-width:1.5}
        .swatch-flow{background:var(--brand)}
        .forecast-line.forecast-model-0{stroke:#6a1b9a}.forecast-point.forecast-model-0,.swatch.forecast-model-0{fill:#6a1b9a;background:#6a1b9a}
        .forecast-line.forecast-model-1{stroke:#00838f}.forecast-point.forecast-model-1,.swatch.forecast-model-1{fill:#00838f;background:#00838f}
        .forecast-line.forecast-model-2{stroke:#e65100}.forecast-point.forecast-model-2,.swatch.forecast-model-2{fill:#e65100;background:#e65100}
        .swatch-forecast{border-radius:0;transform:rotate(45deg) scale(.8)}
        @media print{.event-actions,.traffic-tools{display:none}}
        @media (max-width:44rem){.search{margin-left:0;width:100%}.search input{flex:1;max-width:none}\
        dl.details{grid-template-columns:1fr}dl.details dt{margin-top:.4rem}main{padding:.75rem}}
        @media print{.site-header,.site-footer,.actions,.filters{display:none}}
        """
}
