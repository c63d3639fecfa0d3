//! The performance-records tab.

use super::filters::SearchField;
use crate::ui::i18n::tr;
use crate::ui::state::AppState;
use deploycalc_core::model::catalog::{Catalog, Metric, Percentile, PerfUnit};
use deploycalc_core::model::vocab::Lang;
use deploycalc_core::report::catalog_table::{confidence_text, perf_rows, stale_text, PerfRow};
use leptos::prelude::*;

fn metric_text(m: Metric, l: Lang) -> &'static str {
    use Metric::*;
    match m {
        AsrLatency => tr(l, "语音识别延迟", "ASR latency"),
        LlmLatency => tr(l, "大模型延迟", "LLM latency"),
        TtsLatency => tr(l, "语音合成延迟", "TTS latency"),
        EndToEndLatency => tr(l, "端到端延迟", "End-to-end latency"),
        ConcurrentUsers => tr(l, "并发用户数", "Concurrent users"),
        CrossCloudLatency => tr(l, "跨云延迟", "Cross-cloud latency"),
        FileReadLatency => tr(l, "本地文件读取延迟", "File read latency"),
        VectorSearchLatency => tr(l, "向量检索延迟", "Vector search latency"),
        KgQueryLatency => tr(l, "知识图谱查询延迟", "Knowledge-graph query latency"),
        AgentLatency => tr(l, "智能体响应时间", "Agent response time"),
        ServiceLatency => tr(l, "关键服务响应时间", "Service response time"),
        Availability => tr(l, "可用性", "Availability"),
        MaxNodesPerCluster => tr(l, "每集群最大节点数", "Max nodes per cluster"),
        NodeStartup => tr(l, "节点启动时间", "Node start-up time"),
        DbLatency => tr(l, "数据库读写延迟", "Database latency"),
        NetworkThroughput => tr(l, "网络吞吐量", "Network throughput"),
        StorageIops => tr(l, "存储 IOPS", "Storage IOPS"),
        NetworkLatencyFromChina => tr(l, "中国访问网络延迟", "Network latency from China"),
        SetupTime => tr(l, "首次部署时间", "Set-up time"),
    }
}

pub(super) fn perf_unit_text(u: PerfUnit, l: Lang) -> &'static str {
    match u {
        PerfUnit::Ms => "ms",
        PerfUnit::S => tr(l, "秒", "s"),
        PerfUnit::Minutes => tr(l, "分钟", "min"),
        PerfUnit::Hours => tr(l, "小时", "h"),
        PerfUnit::Users => tr(l, "用户", "users"),
        PerfUnit::Nodes => tr(l, "节点", "nodes"),
        PerfUnit::Iops => "IOPS",
        PerfUnit::Gbps => "Gbps",
        PerfUnit::Percent => "%",
    }
}

fn percentile_text(p: Percentile) -> &'static str {
    match p {
        Percentile::P50 => "p50",
        Percentile::P95 => "p95",
        Percentile::P99 => "p99",
    }
}

#[derive(Clone, Debug, PartialEq)]
struct PerfVm {
    rows: Vec<PerfRow>,
    total: usize,
    lang: Lang,
}

#[component]
pub(super) fn PerfTab(catalog: &'static Catalog) -> impl IntoView {
    let lang = AppState::expect().lang;
    let search = RwSignal::new(String::new());
    let vm = Memo::new(move |_| PerfVm {
        rows: perf_rows(catalog, &search.get(), catalog.meta.as_of),
        total: catalog.perf.len(),
        lang: lang.get(),
    });
    let body = move || {
        vm.with(|vm| {
            let l = vm.lang;
            let head = view! {
                <tr>
                    <th scope="col">{tr(l, "对象", "Subject")}</th>
                    <th scope="col">{tr(l, "指标", "Metric")}</th>
                    <th scope="col" class="num">{tr(l, "数值", "Value")}</th>
                    <th scope="col">{tr(l, "来源", "Source")}</th>
                    <th scope="col">{tr(l, "日期", "As of")}</th>
                    <th scope="col">{tr(l, "可信度", "Confidence")}</th>
                </tr>
            };
            let rows = vm
                .rows
                .iter()
                .map(|r| {
                    let value = format!(
                        "{}{}{}",
                        r.value,
                        match r.unit {
                            PerfUnit::Percent => "",
                            _ => " ",
                        },
                        perf_unit_text(r.unit, l)
                    );
                    let pct = r.percentile.map(|p| view! { <span class="pct">{percentile_text(p)}</span> });
                    let target = r.target.then(|| {
                        view! { <span class="badge badge-target">{tr(l, "目标值", "target")}</span> }
                    });
                    let stale = r
                        .stale
                        .then(|| view! { <span class="badge badge-stale">{stale_text(l)}</span> });
                    let src = match &r.source_url {
                        Some(u) => view! { <a href=u.clone() target="_blank" rel="noopener noreferrer">{r.source.clone()}</a> }.into_any(),
                        None => r.source.clone().into_any(),
                    };
                    view! {
                        <tr data-testid=format!("perf-row-{}", r.id)>
                            <td>{r.subject.text(l)}</td>
                            <td>{metric_text(r.metric, l)}" "{pct}" "{target}</td>
                            <td class="num">{value}</td>
                            <td class="src" title=r.note.clone().unwrap_or_default()>{src}</td>
                            <td class="date">{r.as_of.to_string()}" "{stale}</td>
                            <td><span class=format!("badge conf-{}", r.confidence.as_str())>{confidence_text(r.confidence, l)}</span></td>
                        </tr>
                    }
                })
                .collect_view();
            let count = match l {
                Lang::Zh => format!("显示 {} 条，共 {} 条记录", vm.rows.len(), vm.total),
                Lang::En => format!("{} of {} records", vm.rows.len(), vm.total),
            };
            view! {
                <p class="catalog-count" data-testid="perf-count" aria-live="polite">{count}</p>
                <div class="table-scroll" role="region" tabindex="0" aria-label=tr(l, "性能数据表", "Performance records")>
                    <table class="catalog-table" data-testid="perf-table">
                        <thead>{head}</thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
    };
    view! {
        <div class="catalog-controls">
            <SearchField id="perf-search" placeholder=("对象、指标、来源…", "Subject, metric, source…") search=search />
        </div>
        {body}
    }
}
