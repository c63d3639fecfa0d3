//! A plan line sized from the traffic (`Quantity::Sized`): the conversations one instance
//! serves, from the LLM's load per conversation (the sizing model) plus the GPU time of the
//! speech models that share the card.
//!
//! Load is linear in the peak (requests/s and so tokens/s scale with concurrent
//! conversations, and a replica's setup does not depend on them), so the sizing of one
//! conversation gives its load once for every peak: `c = replicas per instance × headroom ÷
//! (LLM load + speech load per conversation)`, and the line runs `max(1, ⌈peak ÷ c⌉)`
//! instances — the same step as the seeds' "N users per instance", with `N` computed.

use super::{size, Demand, InstanceShape, SizingError, SizingRequest, DEFAULT_HEADROOM};
use crate::model::catalog::quantity::{Quantity, SizedSpec};
use crate::model::catalog::{Catalog, GpuRecord};
use crate::model::scenario::Scenario;

/// Share of a voice conversation's time each side speaks: the user's audio is transcribed
/// and the assistant's synthesised, each about half of the conversation (an estimate: turns
/// alternate; pauses are counted as speech, which errs towards more GPU time).
pub const SPEECH_DUTY: f64 = 0.5;

/// A sized line's capacity and how it was found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineSizing {
    /// Conversations one instance serves at the headroom.
    pub conversations_per_instance: f64,
    /// Replica-seconds per second one conversation takes at the peak (LLM decode + prefill).
    pub llm_load: f64,
    /// GPU-seconds per second one conversation takes for speech (ASR + TTS), on this card.
    pub speech_load: f64,
    pub replicas_per_instance: u64,
    pub gpus_per_replica: u32,
    pub tokens_per_s_per_replica: f64,
    pub ttft_ms: f64,
    pub headroom: f64,
}

/// FP16 dense TFLOPS of a card, the yardstick speech real-time factors are carried over
/// between cards with.
fn fp16(gpu: &GpuRecord) -> Result<f64, SizingError> {
    gpu.fp16_dense_tflops
        .filter(|x| *x > 0.0)
        .ok_or_else(|| SizingError::MissingFigure {
            record: gpu.id.as_str().to_string(),
            figure: "fp16_dense_tflops",
            suggest: Default::default(),
        })
}

fn missing(record: &str, figure: &'static str) -> SizingError {
    SizingError::MissingFigure {
        record: record.to_string(),
        figure,
        suggest: Default::default(),
    }
}

/// GPU-seconds per second of conversation the speech models take on `gpu`: for each record,
/// its real-time factor carried over by the ratio of FP16 throughput (published card ÷ this
/// card) × [`SPEECH_DUTY`].
pub fn speech_load(
    spec: &SizedSpec,
    gpu: &GpuRecord,
    catalog: &Catalog,
) -> Result<f64, SizingError> {
    let mut load = 0.0;
    for id in &spec.speech {
        let rec = catalog
            .speech
            .iter()
            .find(|r| &r.id == id)
            .ok_or_else(|| missing(id.as_str(), "speech record"))?;
        let on = rec
            .gpu
            .as_ref()
            .and_then(|g| catalog.gpu(g.as_str()))
            .ok_or_else(|| missing(id.as_str(), "gpu"))?;
        load += rec.rtf * fp16(on)? / fp16(gpu)? * SPEECH_DUTY;
    }
    Ok(load)
}

/// The machine a sized line runs on: its name, its GPU board and how many of them (a cloud
/// instance, or an owned machine whose GPU the catalog names).
pub fn machine<'a>(
    spec: &SizedSpec,
    catalog: &'a Catalog,
) -> Option<(&'a str, &'a GpuRecord, u32)> {
    if let Some(id) = &spec.instance {
        let (i, g, _) = catalog.instance_parts(id)?;
        return Some((i.name.as_str(), g, i.gpu_count));
    }
    let server = catalog.owned_server(spec.owned.as_ref()?.as_str())?;
    let gpu = catalog.gpu(server.gpu.as_ref()?.as_str())?;
    Some((server.name.as_str(), gpu, server.gpu_count.unwrap_or(1)))
}

/// The capacity of a sized line under scenario `s`.
pub fn line_capacity(
    spec: &SizedSpec,
    s: &Scenario,
    catalog: &Catalog,
) -> Result<LineSizing, SizingError> {
    let (_, gpu, gpus) = machine(spec, catalog).ok_or_else(|| {
        let id = spec.instance.as_ref().map(|i| i.as_str());
        missing(
            id.or(spec.owned.as_ref().map(|o| o.as_str()))
                .unwrap_or("-"),
            "instance",
        )
    })?;
    let arch = catalog
        .model_archs
        .iter()
        .find(|a| a.id == spec.model)
        .ok_or_else(|| missing(spec.model.as_str(), "model"))?;
    let mut req = SizingRequest::from_scenario(
        arch,
        spec.precision,
        InstanceShape {
            gpu,
            gpus,
            hourly: None,
        },
        s,
    );
    // one conversation at the peak: its load is the load per conversation
    req.demand = Demand {
        peak_requests_per_s: s.turns_per_minute / 60.0,
        ..Demand::of(s)
    };
    req.headroom = DEFAULT_HEADROOM;
    let sized = size(&req, &[])?;
    let llm = sized.deployment.load;
    let speech = speech_load(spec, gpu, catalog)?;
    let per_instance = sized.deployment.replicas_per_instance;
    let load = llm + speech;
    let conversations = if load > 0.0 {
        per_instance as f64 * DEFAULT_HEADROOM / load
    } else {
        f64::INFINITY
    };
    Ok(LineSizing {
        conversations_per_instance: conversations,
        llm_load: llm,
        speech_load: speech,
        replicas_per_instance: per_instance,
        gpus_per_replica: sized.gpus_per_replica(),
        tokens_per_s_per_replica: sized.tokens_per_s_per_replica,
        ttft_ms: sized.ttft_ms,
        headroom: DEFAULT_HEADROOM,
    })
}

/// The sizing of a line, if it is a sized one.
pub fn of_quantity(
    q: &Quantity,
    s: &Scenario,
    catalog: &Catalog,
) -> Option<Result<LineSizing, SizingError>> {
    match q {
        Quantity::Sized { sized, .. } => Some(line_capacity(sized, s, catalog)),
        _ => None,
    }
}
