#include "core/access_matrix.h"

#include <algorithm>

namespace corslab {

QList<RequestVariant> allRequestVariants()
{
    QList<RequestVariant> variants{{Via::Form, {}}, {Via::Navigate, {}}, {Via::Iframe, {}}};
    for (const Via via : {Via::Img, Via::Script, Via::Stylesheet, Via::Media}) {
        variants << RequestVariant{via, {}} << RequestVariant{via, CrossOriginAttribute::Anonymous}
                 << RequestVariant{via, CrossOriginAttribute::UseCredentials};
    }
    variants << RequestVariant{Via::Font, {}} << RequestVariant{Via::Fetch, {}} << RequestVariant{Via::Xhr, {}};
    return variants;
}

RequestVariant requestVariant(const ScenarioRequest &request)
{
    return {request.via, viaTakesCrossOrigin(request.via) ? request.crossorigin : std::nullopt};
}

Scenario scenarioForVariant(const Scenario &scenario, const RequestVariant &variant)
{
    Scenario result = scenario;
    const ScenarioRequest &from = scenario.request;
    ScenarioRequest &to = result.request;
    const Via via = variant.via;
    to.via = via;
    to.crossorigin = viaTakesCrossOrigin(via) ? variant.crossorigin : std::nullopt;
    // https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#attr-fs-method: a form can
    // only GET or POST, so another method (PUT, DELETE) is asked for as the unsafe one, POST.
    const QByteArray upper = from.method.toUpper();
    if (!viaTakesMethod(via)) {
        to.method = QByteArrayLiteral("GET");
        to.body.reset();
    } else if (via == Via::Form && upper != "GET" && upper != "POST") {
        to.method = QByteArrayLiteral("POST");
    }
    if (!viaTakesMode(via))
        to.mode.reset();
    // https://xhr.spec.whatwg.org/#the-withcredentials-attribute: same-origin or include, nothing else
    if (!viaTakesCredentials(via) || (via == Via::Xhr && from.credentials == CredentialsMode::Omit))
        to.credentials.reset();
    if (!viaTakesHeaders(via))
        to.headers = HeaderList{};
    if (!viaTakesEnctype(via))
        to.enctype.reset();
    if (!viaTakesReferrerPolicy(via))
        to.referrerPolicy.reset();
    if (via != Via::Form)
        to.formTarget = FormTarget::Frame;
    return result;
}

bool loaded(const Verdict &verdict)
{
    return verdict.sent && !verdict.blocked;
}

std::optional<QList<AccessMatrixRow>> accessMatrix(const Scenario &scenario, const DecideFunction &decide)
{
    const RequestVariant own = requestVariant(scenario.request);
    QList<AccessMatrixRow> rows;
    for (const RequestVariant &variant : allRequestVariants()) {
        Scenario rewritten = scenarioForVariant(scenario, variant);
        std::optional<Verdict> verdict = decide(rewritten);
        if (!verdict)
            return std::nullopt;
        const AccessCategory category = verdict->category;
        rows << AccessMatrixRow{variant, category, std::move(rewritten), std::move(*verdict), variant == own};
    }
    // Write, embed, read: the enum's order.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const AccessMatrixRow &a, const AccessMatrixRow &b) { return a.category < b.category; });
    return rows;
}

} // namespace corslab
