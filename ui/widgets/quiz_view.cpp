#include "ui/widgets/quiz_view.h"

#include "core/evaluation.h"
#include "core/origin_comparison.h"
#include "ui/localized_text.h"
#include "ui/models/lesson_model.h"
#include "ui/models/origin_comparison_model.h"
#include "ui/widgets/verdict_banner.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

constexpr auto kDirectoryKey = "quiz/lastDirectory";

QString lastDirectory()
{
    return QSettings()
        .value(QLatin1StringView(kDirectoryKey), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void rememberDirectory(const QString &path)
{
    QSettings().setValue(QLatin1StringView(kDirectoryKey), QFileInfo(path).absolutePath());
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) >= 0 && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

QString errorLines(const QList<ScenarioError> &errors)
{
    QStringList lines;
    for (const ScenarioError &error : errors)
        lines << error.toString();
    return lines.join(u'\n');
}

QString headerLines(const HeaderList &headers)
{
    QStringList lines;
    for (const Header &header : headers.entries())
        lines << (QString::fromLatin1(header.name) + u": "_s + QString::fromLatin1(header.value)).toHtmlEscaped();
    return lines.join(u"<br>"_s);
}

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

QuizView::QuizView(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"quizView"_s);
    setFocusPolicy(Qt::StrongFocus);

    m_title = new QLabel(this);
    QFont titleFont = boldFont(font());
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    m_title->setFont(titleFont);
    m_position = new QLabel(this);
    m_score = new QLabel(this);
    m_score->setObjectName(u"quizScore"_s);
    m_score->setFont(boldFont(font()));
    m_close = new QPushButton(this);
    connect(m_close, &QPushButton::clicked, this, &QuizView::leaveRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_position);
    top->addSpacing(16);
    top->addWidget(m_score);
    top->addSpacing(16);
    top->addWidget(m_close);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createQuestionPage());
    m_pages->addWidget(createEndPage());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    retranslate();
    updateScore();
}

QWidget *QuizView::createQuestionPage()
{
    auto *page = new QWidget(this);
    m_questionTitle = new QLabel(page);
    m_questionTitle->setFont(boldFont(font()));
    m_questionTitle->setWordWrap(true);

    m_originModel = new OriginComparisonModel(this);
    m_originView = new QTableView(page);
    m_originView->setModel(m_originModel);
    m_originView->verticalHeader()->hide();
    m_originView->setSelectionMode(QAbstractItemView::NoSelection);
    m_originView->setFocusPolicy(Qt::NoFocus);
    m_originView->horizontalHeader()->setStretchLastSection(true);
    m_originView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_brief = new QLabel(page);
    m_brief->setObjectName(u"quizBrief"_s);
    m_brief->setTextFormat(Qt::RichText);
    m_brief->setWordWrap(true);
    m_brief->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_brief->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *briefScroll = new QScrollArea(page);
    briefScroll->setWidget(m_brief);
    briefScroll->setWidgetResizable(true);
    briefScroll->setFrameShape(QFrame::NoFrame);

    // The predictions, one row each: the control, and after the reveal right or wrong.
    auto *predictions = new QGroupBox(page);
    predictions->setObjectName(u"quizPredictions"_s);
    auto *form = new QVBoxLayout(predictions);
    const auto addRow = [this, predictions, form](Prediction prediction, QWidget *control) {
        PredictionRow &r = row(prediction);
        r.row = new QWidget(predictions);
        r.label = new QLabel(r.row);
        r.label->setFont(boldFont(font()));
        r.result = new QLabel(r.row);
        r.result->setWordWrap(true);
        r.result->setObjectName(u"quizResult_"_s + predictionName(prediction));
        auto *layout = new QVBoxLayout(r.row);
        layout->setContentsMargins(0, 0, 0, 4);
        layout->addWidget(r.label);
        layout->addWidget(control);
        layout->addWidget(r.result);
        form->addWidget(r.row);
    };

    const auto radios = [this](QButtonGroup *group, int count) {
        auto *box = new QWidget(this);
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        for (int i = 0; i < count; ++i) {
            auto *button = new QRadioButton(box);
            group->addButton(button, i);
            layout->addWidget(button);
        }
        layout->addStretch();
        connect(group, &QButtonGroup::idClicked, this, &QuizView::updateRevealEnabled);
        return box;
    };
    m_outcome = new QButtonGroup(this);
    addRow(Prediction::Outcome, radios(m_outcome, static_cast<int>(std::size(kAllOutcomes))));
    m_preflight = new QButtonGroup(this);
    addRow(Prediction::Preflight, radios(m_preflight, 2));   // id 0: no, 1: yes

    m_error = new QComboBox(predictions);
    m_error->setObjectName(u"quizError"_s);
    m_error->addItem(QString());   // no error (worded in retranslate)
    for (int i = 0; i < kCorsErrorCount; ++i)
        m_error->addItem(corsErrorName(static_cast<CorsError>(i)), i);
    addRow(Prediction::Error, m_error);

    m_cookieBox = new QWidget(predictions);
    m_cookieLayout = new QVBoxLayout(m_cookieBox);
    m_cookieLayout->setContentsMargins(0, 0, 0, 0);
    m_noCookies = new QLabel(m_cookieBox);
    m_cookieLayout->addWidget(m_noCookies);
    addRow(Prediction::Cookies, m_cookieBox);
    form->addStretch();

    m_banner = new VerdictBanner(page);
    m_reveal = new QPushButton(page);
    m_reveal->setObjectName(u"quizReveal"_s);
    m_reveal->setDefault(true);
    connect(m_reveal, &QPushButton::clicked, this, &QuizView::reveal);
    m_next = new QPushButton(page);
    m_next->setObjectName(u"quizNext"_s);
    connect(m_next, &QPushButton::clicked, this, &QuizView::next);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_next);

    auto *left = new QVBoxLayout;
    left->addWidget(m_questionTitle);
    left->addWidget(m_originView);
    left->addWidget(briefScroll, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(predictions, 1);
    right->addWidget(m_banner);
    right->addLayout(buttons);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
    return page;
}

QWidget *QuizView::createEndPage()
{
    auto *page = new QWidget(this);
    m_endHeading = new QLabel(page);
    QFont big = boldFont(font());
    big.setPointSizeF(big.pointSizeF() * 2);
    m_endHeading->setFont(big);
    m_endScore = new QLabel(page);
    m_endScore->setObjectName(u"quizEndScore"_s);
    m_endScore->setFont(big);
    m_endDetails = new QLabel(page);
    m_endDetails->setTextFormat(Qt::RichText);
    m_endDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *details = new QScrollArea(page);
    details->setWidget(m_endDetails);
    details->setWidgetResizable(true);
    details->setFrameShape(QFrame::NoFrame);
    m_export = new QPushButton(page);
    m_export->setObjectName(u"quizExport"_s);
    connect(m_export, &QPushButton::clicked, this, &QuizView::exportDialog);
    m_again = new QPushButton(page);
    connect(m_again, &QPushButton::clicked, this, [this] { setQuiz(m_quiz); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_again);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_endHeading);
    layout->addWidget(m_endScore);
    layout->addWidget(details, 1);
    layout->addLayout(buttons);
    return page;
}

// The error in a few words, beside Chromium's name in the error list.
QString QuizView::errorWords(CorsError error)
{
    switch (error) {
    case CorsError::DisallowedByMode: return tr("mode \"same-origin\" to another origin");
    case CorsError::InvalidResponse: return tr("the preflight failed on a network error");
    case CorsError::WildcardOriginNotAllowed: return tr("\"*\" with credentials");
    case CorsError::MissingAllowOriginHeader: return tr("no Access-Control-Allow-Origin");
    case CorsError::MultipleAllowOriginValues: return tr("more than one Allow-Origin value");
    case CorsError::InvalidAllowOriginValue: return tr("Allow-Origin is not an origin");
    case CorsError::AllowOriginMismatch: return tr("Allow-Origin names another origin");
    case CorsError::InvalidAllowCredentials: return tr("Allow-Credentials is not \"true\"");
    case CorsError::CorsDisabledScheme: return tr("a scheme without CORS");
    case CorsError::PreflightInvalidStatus: return tr("the preflight's status is not 2xx");
    case CorsError::PreflightDisallowedRedirect: return tr("the preflight was redirected");
    case CorsError::PreflightWildcardOriginNotAllowed: return tr("preflight: \"*\" with credentials");
    case CorsError::PreflightMissingAllowOriginHeader: return tr("preflight: no Access-Control-Allow-Origin");
    case CorsError::PreflightMultipleAllowOriginValues: return tr("preflight: more than one Allow-Origin value");
    case CorsError::PreflightInvalidAllowOriginValue: return tr("preflight: Allow-Origin is not an origin");
    case CorsError::PreflightAllowOriginMismatch: return tr("preflight: Allow-Origin names another origin");
    case CorsError::PreflightInvalidAllowCredentials: return tr("preflight: Allow-Credentials is not \"true\"");
    case CorsError::InvalidAllowMethodsPreflightResponse: return tr("Allow-Methods is not a list of methods");
    case CorsError::InvalidAllowHeadersPreflightResponse: return tr("Allow-Headers is not a list of names");
    case CorsError::MethodDisallowedByPreflightResponse: return tr("the method is not allowed");
    case CorsError::HeaderDisallowedByPreflightResponse: return tr("a header is not allowed");
    case CorsError::RedirectContainsCredentials: return tr("a redirect to a user:pass@ URL");
    case CorsError::MixedContent: return tr("http: content on an https page");
    case CorsError::OpaqueResponseBlocked: return tr("ORB: an opaque response blocked");
    case CorsError::NoCorsMethodNotSafelisted: return tr("no-cors with a method not safelisted");
    case CorsError::SandboxedFormSubmission: return tr("a form in a sandbox without allow-forms");
    case CorsError::UrlContainsCredentials: return tr("fetch() of a user:pass@ URL");
    case CorsError::CredentialedSubresourceBlocked: return tr("a subresource URL with user:pass@");
    case CorsError::CorpNotSameOrigin: return tr("CORP same-origin");
    case CorsError::CorpNotSameSite: return tr("CORP same-site");
    case CorsError::CorpNotSameOriginAfterDefaultedToSameOriginByCoep: return tr("no CORP under the page's COEP");
    case CorsError::CoepFrameResourceNeedsCoepHeader: return tr("the frame needs its own COEP");
    case CorsError::XFrameOptions: return tr("X-Frame-Options refuses the frame");
    case CorsError::FrameAncestors: return tr("frame-ancestors does not list the page");
    case CorsError::TooManyRedirects: return tr("more than 20 redirects");
    case CorsError::InvalidRedirect: return tr("a Location that does not parse");
    case CorsError::UnsafeRedirect: return tr("a redirect to a local scheme");
    case CorsError::UnknownUrlScheme: return tr("a redirect to an unknown scheme");
    case CorsError::UnexpectedProxyAuth: return tr("a 407 from a server");
    case CorsError::BlockedByClient: return tr("an insecure form, stopped by the browser");
    case CorsError::EmptyResponse: return tr("only a 1xx, then nothing");
    }
    return {};
}

std::optional<Quiz> QuizView::quizFromLessonTag(const QString &tag)
{
    const LessonModel lessons;
    QList<Scenario> scenarios;
    for (const Lesson &lesson : lessons.lessons()) {
        if (lesson.tags.contains(tag))
            scenarios.append(lesson.scenario);
    }
    if (scenarios.isEmpty())
        return std::nullopt;
    return quizFromScenarios(LessonModel::tagLabel(tag), scenarios);
}

void QuizView::setQuiz(const Quiz &quiz)
{
    m_quiz = quiz;
    m_sitting.clear();
    m_current = 0;
    m_title->setText(m_quiz.title.isEmpty() ? tr("Quiz") : m_quiz.title);
    showQuestion();
    emit started();
}

bool QuizView::isFinished() const
{
    return m_pages->currentIndex() == 1;
}

bool QuizView::openQuiz(const QString &path, QString *error)
{
    const QuizLoad load = loadQuizFile(path);
    if (!load.quiz) {
        if (error)
            *error = errorLines(load.errors);
        return false;
    }
    if (load.quiz->questions.isEmpty()) {
        if (error)
            *error = tr("%1: the quiz has no questions").arg(path);
        return false;
    }
    m_fileName = path;
    setQuiz(*load.quiz);
    return true;
}

bool QuizView::saveQuiz(const QString &path, QString *error) const
{
    return writeFile(path, serializeQuiz(m_quiz), error);
}

bool QuizView::exportResults(const QString &path, QString *error) const
{
    return writeFile(path, sittingCsv(m_sitting), error);
}

QString QuizView::questionTitle(int index) const
{
    return localizedText(m_quiz.questions.at(index).scenario, ScenarioText::Title);
}

void QuizView::showQuestion()
{
    m_pages->setCurrentIndex(0);
    m_revealed = false;
    if (m_quiz.questions.isEmpty()) {
        m_position->clear();
        return;
    }
    const QuizQuestion &question = m_quiz.questions.at(m_current);
    const Scenario &scenario = question.scenario;
    m_position->setText(tr("Question %1 of %2").arg(m_current + 1).arg(m_quiz.questions.size()));
    // The title only after the reveal: a lesson's title often names its answer.
    m_questionTitle->setText(tr("Question %1").arg(m_current + 1));

    // The triple: the page against the URL it asks for (redirects show only once revealed).
    const std::optional<Verdict> verdict = evaluate(scenario);
    QList<TargetComparison> targets = verdict ? compareTargets(scenario, *verdict) : QList<TargetComparison>();
    if (targets.size() > 1)
        targets.resize(1);
    m_originModel->setComparisons(targets);
    fitOriginView();

    // The scenario in brief: the page, the request, what the server answers.
    const ScenarioRequest &request = scenario.request;
    QString text = u"<b>%1</b> %2"_s.arg(tr("Page:").toHtmlEscaped(), scenario.page.toHtmlEscaped());
    if (scenario.pageSandboxed)
        text += u" <i>(%1)</i>"_s.arg(tr("sandboxed").toHtmlEscaped());
    QStringList options;
    if (request.mode)
        options << u"mode: "_s + requestModeName(*request.mode);
    if (request.credentials)
        options << u"credentials: "_s + credentialsModeName(*request.credentials);
    if (request.crossorigin)
        options << u"crossorigin: "_s + crossOriginName(*request.crossorigin);
    if (request.via == Via::Form && request.formTarget == FormTarget::Top)
        options << u"target: _top"_s;
    text += u"<p><b>%1</b> %2 <tt>%3 %4</tt>%5"_s.arg(tr("Request:").toHtmlEscaped(), viaName(request.via),
                                                      QString::fromLatin1(request.method).toHtmlEscaped(), request.url.toHtmlEscaped(),
                                                      options.isEmpty() ? QString() : u" (%1)"_s.arg(options.join(u", "_s).toHtmlEscaped()));
    if (!request.headers.isEmpty())
        text += u"<br><tt>%1</tt>"_s.arg(headerLines(request.headers));
    text += u"</p><p><b>%1</b>"_s.arg(tr("The server answers:").toHtmlEscaped());
    if (scenario.server.isEmpty())
        text += u"<br><i>%1</i>"_s.arg(tr("no route: 404 to everything").toHtmlEscaped());
    for (const ServerRoute &route : scenario.server) {
        text += u"<br><tt>%1 %2 → %3</tt>"_s.arg(QString::fromLatin1(route.method).toHtmlEscaped(), route.url.toHtmlEscaped())
                    .arg(route.status);
        if (!route.headers.isEmpty())
            text += u"<br><tt>&nbsp;&nbsp;%1</tt>"_s.arg(headerLines(route.headers).replace(u"<br>"_s, u"<br>&nbsp;&nbsp;"_s));
    }
    text += u"</p>"_s;
    m_brief->setText(text);

    // The predictions asked, cleared.
    for (Prediction prediction : kAllPredictions) {
        row(prediction).row->setVisible(question.ask.contains(prediction));
        row(prediction).result->clear();
        row(prediction).result->hide();
    }
    fillCookies(jarCookieNames(scenario));
    setGuess({});
    for (QButtonGroup *group : {m_outcome, m_preflight}) {
        group->setExclusive(false);
        for (QAbstractButton *button : group->buttons())
            button->setChecked(false);
        group->setExclusive(true);
    }
    for (QAbstractButton *button : m_outcome->buttons() + m_preflight->buttons())
        button->setEnabled(true);
    m_error->setEnabled(true);
    m_banner->clear();
    m_banner->hide();
    m_reveal->show();
    m_next->hide();
    updateRevealEnabled();
    updateScore();
}

// The triple's table as tall as its rows, its columns as wide as their text.
void QuizView::fitOriginView()
{
    m_originView->resizeColumnsToContents();
    int height = m_originView->horizontalHeader()->sizeHint().height() + 2 * m_originView->frameWidth();
    for (int row = 0; row < m_originModel->rowCount(); ++row)
        height += m_originView->rowHeight(row);
    m_originView->setFixedHeight(height);
}

void QuizView::fillCookies(const QStringList &names)
{
    qDeleteAll(m_cookies);
    m_cookies.clear();
    for (const QString &name : names) {
        auto *box = new QCheckBox(name, m_cookieBox);
        m_cookieLayout->addWidget(box);
        m_cookies.append(box);
    }
    m_noCookies->setVisible(names.isEmpty());
}

QuizAnswer QuizView::guess() const
{
    QuizAnswer answer;
    answer.outcome = static_cast<Outcome>(std::max(0, m_outcome->checkedId()));
    answer.preflight = m_preflight->checkedId() == 1;
    if (m_error->currentIndex() > 0)
        answer.error = static_cast<CorsError>(m_error->currentData().toInt());
    for (const QCheckBox *box : m_cookies) {
        if (box->isChecked())
            answer.cookies.append(box->text());
    }
    return answer;
}

void QuizView::setGuess(const QuizAnswer &guess)
{
    m_outcome->button(static_cast<int>(guess.outcome))->setChecked(true);
    m_preflight->button(guess.preflight ? 1 : 0)->setChecked(true);
    m_error->setCurrentIndex(guess.error ? static_cast<int>(*guess.error) + 1 : 0);
    for (QCheckBox *box : std::as_const(m_cookies))
        box->setChecked(guess.cookies.contains(box->text()));
    updateRevealEnabled();
}

void QuizView::updateRevealEnabled()
{
    if (m_quiz.questions.isEmpty()) {
        m_reveal->setEnabled(false);
        return;
    }
    const QList<Prediction> &ask = m_quiz.questions.at(m_current).ask;
    const bool chosen = (!ask.contains(Prediction::Outcome) || m_outcome->checkedId() >= 0)
                        && (!ask.contains(Prediction::Preflight) || m_preflight->checkedId() >= 0);
    m_reveal->setEnabled(chosen && !m_revealed);
    m_reveal->setToolTip(chosen ? QString() : tr("Choose an outcome and whether a preflight goes first"));
}

QString QuizView::answerText(Prediction prediction, const QuizAnswer &answer) const
{
    switch (prediction) {
    case Prediction::Outcome: return m_outcome->button(static_cast<int>(answer.outcome))->text().remove(u'&');
    case Prediction::Preflight: return answer.preflight ? tr("yes") : tr("no");
    case Prediction::Error: return answer.error ? m_error->itemText(static_cast<int>(*answer.error) + 1) : tr("no error");
    case Prediction::Cookies: return answer.cookies.isEmpty() ? tr("none") : answer.cookies.join(u", "_s);
    }
    return {};
}

void QuizView::reveal()
{
    if (m_revealed || m_quiz.questions.isEmpty())
        return;
    const QuizQuestion &question = m_quiz.questions.at(m_current);
    const std::optional<Verdict> verdict = evaluate(question.scenario);
    if (!verdict) {
        QMessageBox::warning(this, tr("Quiz"), tr("This question's scenario has URLs that do not parse; it is skipped."));
        next();
        return;
    }
    m_revealed = true;
    const QuizAnswer guessed = guess();
    const QuizAnswer truth = answerOf(*verdict);
    m_sitting.record(m_current, question, guessed, truth, questionTitle(m_current));
    for (Prediction prediction : question.ask) {
        QLabel *result = row(prediction).result;
        const bool right = predictionCorrect(prediction, guessed, truth);
        result->setText(right ? u"✔ "_s + tr("Right")
                              : u"✘ "_s + tr("Wrong — the answer: %1").arg(answerText(prediction, truth)));
        result->setStyleSheet(right ? u"color: #1b7f3b;"_s : u"color: #b3261e;"_s);
        result->show();
    }
    for (QAbstractButton *button : m_outcome->buttons() + m_preflight->buttons())
        button->setEnabled(false);
    m_error->setEnabled(false);
    for (QCheckBox *box : std::as_const(m_cookies))
        box->setEnabled(false);
    // The full triple now, with the redirect hops.
    m_originModel->setComparisons(compareTargets(question.scenario, *verdict));
    fitOriginView();
    const QString title = questionTitle(m_current);
    m_questionTitle->setText(title.isEmpty() ? tr("Question %1").arg(m_current + 1)
                                             : tr("Question %1: %2").arg(m_current + 1).arg(title));
    m_banner->setVerdict(*verdict);
    m_banner->show();
    m_reveal->hide();
    m_next->setText(m_current + 1 < m_quiz.questions.size() ? tr("&Next Question") : tr("&Finish"));
    m_next->show();
    m_next->setFocus();
    updateScore();
}

void QuizView::next()
{
    if (m_current + 1 < m_quiz.questions.size()) {
        ++m_current;
        showQuestion();
    } else {
        showEnd();
    }
}

void QuizView::showEnd()
{
    m_pages->setCurrentIndex(1);
    m_position->clear();
    m_endScore->setText(tr("%1 of %2 predictions right").arg(m_sitting.correct()).arg(m_sitting.predictions()));
    QString details;
    for (const QuestionResult &result : m_sitting.results()) {
        details += u"<p><b>%1. %2</b> — %3</p>"_s.arg(result.question + 1)
                       .arg(result.title.toHtmlEscaped(),
                            tr("%1 of %2 right").arg(result.correctCount()).arg(result.asked.size()).toHtmlEscaped());
    }
    m_endDetails->setText(details);
    m_export->setEnabled(!m_sitting.results().isEmpty());
    m_export->setFocus();
    updateScore();
}

void QuizView::updateScore()
{
    m_score->setText(tr("Score: %1 / %2").arg(m_sitting.correct()).arg(m_sitting.predictions()));
}

QMenu *QuizView::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Quiz"), parent);
    menu->addAction(tr("New Quiz from &Folder…"), this, &QuizView::newFromFolderDialog);
    menu->addAction(tr("New Quiz from &Lesson Topic…"), this, &QuizView::newFromLessonTagDialog);
    menu->addAction(tr("&Open Quiz…"), this, &QuizView::openDialog);
    QAction *save = menu->addAction(tr("&Save Quiz As…"), this, &QuizView::saveAsDialog);
    QAction *exportAction = menu->addAction(tr("&Export Results as CSV…"), this, &QuizView::exportDialog);
    menu->addSeparator();
    QAction *resume = menu->addAction(tr("&Return to Quiz"), this, &QuizView::started);
    QAction *close = menu->addAction(tr("&Close Quiz"), this, &QuizView::leaveRequested);
    connect(menu, &QMenu::aboutToShow, this, [this, save, exportAction, resume, close] {
        save->setEnabled(!m_quiz.questions.isEmpty());
        exportAction->setEnabled(!m_sitting.results().isEmpty());
        resume->setEnabled(!m_quiz.questions.isEmpty() && !isVisible());
        close->setEnabled(isVisible());
    });
    return menu;
}

void QuizView::newFromFolderDialog()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("New Quiz from Folder"), lastDirectory());
    if (directory.isEmpty())
        return;
    QSettings().setValue(QLatin1StringView(kDirectoryKey), directory);
    const QuizLoad load = quizFromFolder(directory);
    if (!load.quiz) {
        QMessageBox::warning(this, tr("New Quiz from Folder"), tr("The folder does not make a quiz:\n%1").arg(errorLines(load.errors)));
        return;
    }
    m_fileName.clear();
    setQuiz(*load.quiz);
}

void QuizView::newFromLessonTagDialog()
{
    const LessonModel lessons;
    const QStringList tags = lessons.tags();
    QStringList labels;
    for (const QString &tag : tags)
        labels << tr("%1 (%n lesson(s))", nullptr, lessons.lessonCount(tag)).arg(LessonModel::tagLabel(tag));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("New Quiz from Lesson Topic"), tr("Topic:"), labels, 0, false, &ok);
    if (!ok)
        return;
    if (const std::optional<Quiz> quiz = quizFromLessonTag(tags.value(labels.indexOf(chosen)))) {
        m_fileName.clear();
        setQuiz(*quiz);
    }
}

void QuizView::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Quiz"), lastDirectory(),
                                                      tr("Quizzes (*%1)").arg(QLatin1StringView(kFileSuffix)));
    if (path.isEmpty())
        return;
    rememberDirectory(path);
    QString error;
    if (!openQuiz(path, &error))
        QMessageBox::warning(this, tr("Open Quiz"), tr("The quiz cannot be opened:\n%1").arg(error));
}

void QuizView::saveAsDialog()
{
    const QString suggested = m_fileName.isEmpty()
                                  ? QDir(lastDirectory()).filePath((m_quiz.title.isEmpty() ? u"quiz"_s : m_quiz.title) + QLatin1StringView(kFileSuffix))
                                  : m_fileName;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Quiz As"), suggested,
                                                tr("Quizzes (*%1)").arg(QLatin1StringView(kFileSuffix)));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1StringView(kFileSuffix)))
        path += QLatin1StringView(kFileSuffix);
    rememberDirectory(path);
    QString error;
    if (saveQuiz(path, &error))
        m_fileName = path;
    else
        QMessageBox::warning(this, tr("Save Quiz As"), tr("The quiz cannot be saved:\n%1").arg(error));
}

void QuizView::exportDialog()
{
    const QString suggested = QDir(lastDirectory()).filePath((m_quiz.title.isEmpty() ? u"quiz"_s : m_quiz.title) + u"-results.csv"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Results as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    rememberDirectory(path);
    QString error;
    if (!exportResults(path, &error))
        QMessageBox::warning(this, tr("Export Results as CSV"), tr("The results cannot be written:\n%1").arg(error));
}

QAbstractButton *QuizView::outcomeButton(Outcome outcome) const
{
    return m_outcome->button(static_cast<int>(outcome));
}

QAbstractButton *QuizView::preflightButton(bool preflight) const
{
    return m_preflight->button(preflight ? 1 : 0);
}

QLabel *QuizView::resultLabel(Prediction prediction) const
{
    return m_rows[static_cast<int>(prediction)].result;
}

void QuizView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        emit leaveRequested();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter reveals, then moves on, wherever the focus is among the predictions.
        if (isFinished())
            break;
        if (m_revealed)
            next();
        else if (m_reveal->isEnabled())
            reveal();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void QuizView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuizView::retranslate()
{
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Back to the editor (Esc)"));
    row(Prediction::Outcome).label->setText(tr("What does the browser make of it?"));
    outcomeButton(Outcome::Allowed)->setText(tr("&Allowed"));
    outcomeButton(Outcome::Blocked)->setText(tr("&Blocked"));
    outcomeButton(Outcome::Opaque)->setText(tr("&Opaque"));
    row(Prediction::Preflight).label->setText(tr("Does a preflight (OPTIONS) go first?"));
    preflightButton(true)->setText(tr("&Yes"));
    preflightButton(false)->setText(tr("N&o"));
    row(Prediction::Error).label->setText(tr("Which error stops it?"));
    m_error->setItemText(0, tr("No error"));
    for (int i = 0; i < kCorsErrorCount; ++i) {
        const auto error = static_cast<CorsError>(i);
        m_error->setItemText(i + 1, tr("%1 — %2").arg(corsErrorName(error), errorWords(error)));
    }
    row(Prediction::Cookies).label->setText(tr("Which cookies go with the request?"));
    m_noCookies->setText(tr("The jar holds no cookie."));
    m_reveal->setText(tr("&Reveal"));
    m_endHeading->setText(tr("Quiz finished"));
    m_export->setText(tr("&Export Results as CSV…"));
    m_again->setText(tr("Start &Again"));
    static_cast<QGroupBox *>(row(Prediction::Outcome).row->parentWidget())->setTitle(tr("Your prediction"));
    if (m_quiz.title.isEmpty())
        m_title->setText(tr("Quiz"));
    updateScore();
    if (!m_quiz.questions.isEmpty() && !isFinished())
        m_position->setText(tr("Question %1 of %2").arg(m_current + 1).arg(m_quiz.questions.size()));
}

} // namespace corslab
