#pragma once
// "SOP against CORS": the request twice, side by side. On the left the bare same-origin policy (the
// server's cross-origin headers removed), on the right the server's real headers; each column its banner,
// its wire (each exchange with the cross-origin headers of its answer, as `check --sop-vs-cors` prints it,
// wrapped so a narrow column still shows every header whole) and what the page can use; below both, the
// difference for the kind of access (core/same_origin_policy_contrast, core/explanation). Everything at its
// natural height in one scrolling page, so a small pane scrolls instead of clipping.
#include "core/engine_profile.h"
#include "core/same_origin_policy_contrast.h"
#include "core/scenario.h"
#include <QWidget>
#include <optional>

class QGridLayout;
class QLabel;

namespace corslab {

class VerdictBanner;

class SopContrastView : public QWidget {
    Q_OBJECT
public:
    explicit SopContrastView(QWidget *parent = nullptr);

    // Contrasts `scenario` (core/evaluation's contrastFor); a scenario whose URLs do not parse clears both sides.
    void setScenario(const Scenario &scenario, EngineProfile profile = EngineProfile::Current);
    const std::optional<SameOriginPolicyContrast> &contrast() const { return m_contrast; }
    // Pixel sizes for the text and the banners (projector mode); by default the desktop's font.
    void setTextSizes(int textPixels, int bannerTitlePixels, int bannerSubtitlePixels);

    VerdictBanner *sopBanner() const { return m_sop.banner; }
    VerdictBanner *corsBanner() const { return m_cors.banner; }
    QString sopWire() const;
    QString corsWire() const;
    QString differenceText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // One side: its heading, banner, wire and what the page can use.
    struct Column {
        QLabel *heading = nullptr;
        VerdictBanner *banner = nullptr;
        QLabel *wire = nullptr;
        QLabel *pageCanUse = nullptr;
    };
    Column column(QGridLayout *grid, int index);
    void retranslate();
    void updateTexts();

    Scenario m_scenario;
    std::optional<SameOriginPolicyContrast> m_contrast;
    Column m_sop;
    Column m_cors;
    QLabel *m_difference = nullptr;
};

} // namespace corslab
