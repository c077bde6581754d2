#include "ui/main_window.h"

#include "core/request_export.h"
#include "core/request_import.h"
#include "ui/widgets/audit_dialog.h"
#include "ui/widgets/har_import_dialog.h"
#include "ui/widgets/probe_dialog.h"
#include "core/origin.h"
#include "core/url.h"

#include "core/explanation.h"
#include "core/evaluation.h"
#include "core/fix.h"
#include "ui/commands/edit_scenario_command.h"
#include "ui/commands/scenario_document.h"
#include "ui/document_files.h"
#include "ui/handout_export.h"
#include "ui/widgets/file_changed_bar.h"
#include "ui/live_controller.h"
#include "ui/localized_text.h"
#include "ui/interface_language.h"
#include "ui/models/lesson_model.h"
#include "ui/models/origin_comparison_model.h"
#include "ui/widgets/lesson_library.h"
#include "ui/widgets/live_panel.h"
#include "ui/widgets/browser_state_editor.h"
#include "ui/widgets/page_editor.h"
#include "ui/widgets/projector_view.h"
#include "ui/widgets/quiz_view.h"
#include "ui/widgets/request_composer.h"
#include "ui/widgets/scenario_details_dialog.h"
#include "ui/widgets/sequence_diagram.h"
#include "ui/widgets/matrix_view.h"
#include "ui/widgets/sop_contrast_view.h"
#include "ui/widgets/server_editor.h"
#include "ui/widgets/verdict_panel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

bool isScenarioFile(const QString &path)
{
    return path.endsWith(u".json"_s, Qt::CaseInsensitive);
}

bool isHarFile(const QString &path)
{
    return path.endsWith(u".har"_s, Qt::CaseInsensitive);
}

// Ctrl+Z in a line edit would undo the line edit's own text history; the window's undo stack
// undoes every edit instead, the line edits' typing included.
class UndoShortcutFilter : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
                return true;   // not accepted: the window's Undo/Redo shortcut fires
        }
        return QObject::eventFilter(watched, event);
    }
};

// A titled box around `content`; MainWindow::retranslate() sets the title.
QGroupBox *group(QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addWidget(content);
    return box;
}

// A scroll area that scrolls only up and down, and so is never narrower than its content: the
// splitter beside it stops before buttons and table columns are cut off.
class VerticalScrollArea : public QScrollArea {
public:
    using QScrollArea::QScrollArea;
    QSize minimumSizeHint() const override
    {
        QSize hint = QScrollArea::minimumSizeHint();
        if (widget())
            hint.setWidth(widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth());
        return hint;
    }
};

// `content` at its own height, scrolling when the window is too small for it (rows never squeeze
// onto each other on a 1280×720 screen).
QScrollArea *scrolling(QWidget *content, QWidget *parent)
{
    auto *area = new VerticalScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

// The default window: 1480×920, or what the screen has room for, centred in it.
QRect defaultWindowGeometry(const QWidget *window)
{
    const QSize wanted(1480, 920);
    const QScreen *screen = window->screen();
    if (!screen)
        return {QPoint(0, 0), wanted};
    const QRect available = screen->availableGeometry();
    // availableGeometry() leaves out panels and docks, not the window manager's title bar.
    const int titleBar = window->style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, window);
    const QSize size = wanted.boundedTo(available.size() - QSize(0, titleBar));
    return QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_document(new ScenarioDocument(this)),
      m_live(new LiveController(this)),
      m_files(new DocumentFiles(m_document, this))
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(u":/icons/corslab.svg"_s));

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(createScenarioPane());
    m_mainSplitter->addWidget(createResultPane());
    m_mainSplitter->setStretchFactor(0, 5);
    m_mainSplitter->setStretchFactor(1, 6);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 6);
    centralLayout->addWidget(m_files->changedBar());   // another program changed the file
    centralLayout->addWidget(m_mainSplitter);
    // Projector mode shows its own view over the same models in place of the panes.
    m_projector = new ProjectorView(this);
    m_projector->setOriginModel(m_verdictPanel->originModel());
    m_centralStack = new QStackedWidget(this);
    m_centralStack->addWidget(central);
    m_centralStack->addWidget(m_projector);
    // Quiz mode: its own page; the Quiz menu starts it, Esc or Close comes back.
    m_quiz = new QuizView(this);
    m_centralStack->addWidget(m_quiz);
    // The lessons dock goes while the class answers (its lessons would open behind the quiz).
    connect(m_quiz, &QuizView::started, this, [this] {
        if (m_centralStack->currentWidget() != m_quiz)
            m_lessonsBeforeQuiz = !m_lessonDock->isHidden();
        m_lessonDock->hide();
        m_centralStack->setCurrentWidget(m_quiz);
        m_quiz->setFocus();
    });
    connect(m_quiz, &QuizView::leaveRequested, this, [this] {
        if (m_centralStack->currentWidget() != m_quiz)
            return;
        m_centralStack->setCurrentIndex(0);
        m_lessonDock->setVisible(m_lessonsBeforeQuiz);
    });
    setCentralWidget(m_centralStack);
    // Not in a menu only: its shortcut works while projector mode hides the menu bar.
    m_projectorAction = new QAction(this);
    m_projectorAction->setCheckable(true);
    m_projectorAction->setShortcut(QKeySequence(Qt::Key_F11));
    addAction(m_projectorAction);
    connect(m_projectorAction, &QAction::toggled, this, [this](bool on) { setProjectorMode(on); });
    connect(m_projector, &ProjectorView::leaveRequested, this, [this] { setProjectorMode(false); });
    connect(m_projector, &ProjectorView::nextRequested, this, [this] { stepLesson(1); });
    connect(m_projector, &ProjectorView::previousRequested, this, [this] { stepLesson(-1); });

    // Left dock: the lessons library; a lesson opens through the usual prompt.
    m_lessons = new LessonLibrary(this);
    m_lessonDock = new QDockWidget(this);
    m_lessonDock->setObjectName(u"lessonsDock"_s);   // saveState()/restoreState() key
    m_lessonDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_lessonDock->setWidget(m_lessons);
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonDock);
    connect(m_lessons, &LessonLibrary::lessonActivated, this, &MainWindow::openLesson);

    retranslate();
    connectEditors();

    connect(m_document, &ScenarioDocument::scenarioChanged, this, &MainWindow::reevaluate);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_files, &DocumentFiles::openRequested, this, &MainWindow::openScenario);
    connect(m_files, &DocumentFiles::saved, this, &MainWindow::showSaved);
    connect(m_files, &DocumentFiles::recovered, this, [this] { setCurrentLesson({}); });
    connect(m_verdictPanel, &VerdictPanel::applyFixRequested, this, &MainWindow::applyFix);
    connect(m_verdictPanel, &VerdictPanel::applyBlockRequested, this, &MainWindow::applyBlock);
    connect(m_live, &LiveController::liveChanged, this, [this](bool live) {
        m_liveAction->setChecked(live);
        if (live)
            showResultTab(m_livePanel);
    });
    connect(m_live, &LiveController::resultChanged, m_verdictPanel, &VerdictPanel::setLiveVerdict);

    restoreLayout();
    reevaluate();
    updateTitle();
}

// Left: what the scenario says — its title, the page, its request, the server, the browser's state.
QWidget *MainWindow::createScenarioPane()
{
    m_page = new PageEditor(this);
    m_browserState = new BrowserStateEditor(this);
    m_request = new RequestComposer(this);
    m_server = new ServerEditor(this);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextFormat(Qt::RichText);
    m_titleLabel->setContentsMargins(4, 2, 4, 4);
    connect(m_titleLabel, &QLabel::linkActivated, this, &MainWindow::editDetails);

    m_pageBox = group(m_page, this);
    m_pageBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_requestBox = group(m_request, this);
    m_serverBox = group(m_server, this);
    m_browserBox = group(m_browserState, this);
    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(u"leftSplitter"_s);
    m_leftSplitter->setChildrenCollapsible(false);
    m_leftSplitter->addWidget(scrolling(m_requestBox, this));
    m_leftSplitter->addWidget(scrolling(m_serverBox, this));
    m_leftSplitter->addWidget(scrolling(m_browserBox, this));
    m_leftSplitter->setStretchFactor(0, 5);
    m_leftSplitter->setStretchFactor(1, 4);
    m_leftSplitter->setStretchFactor(2, 2);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_titleLabel);
    leftLayout->addWidget(m_pageBox);
    leftLayout->addWidget(m_leftSplitter, 1);
    return left;
}

// Right: what the browser does with it — the verdict above, the sequence diagram and live mode below.
QWidget *MainWindow::createResultPane()
{
    m_verdictPanel = new VerdictPanel(this);
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setStyleSheet(u"QLabel { background: #fff4e5; color: #7a3e00; border: 1px solid #f0c36d;"
                                   " border-radius: 4px; padding: 6px; }"_s);
    m_problemsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemsLabel->hide();
    auto *verdictPane = new QWidget(this);
    auto *verdictLayout = new QVBoxLayout(verdictPane);
    verdictLayout->setContentsMargins(0, 0, 0, 0);
    verdictLayout->addWidget(m_problemsLabel);
    verdictLayout->addWidget(m_verdictPanel, 1);

    m_diagram = new SequenceDiagram(this);
    auto *diagramScroll = new QScrollArea(this);
    diagramScroll->setWidget(m_diagram);
    diagramScroll->setWidgetResizable(true);
    diagramScroll->setFrameShape(QFrame::NoFrame);
    diagramScroll->setBackgroundRole(QPalette::Base);
    m_livePanel = new LivePanel(m_live, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(diagramScroll, QString());
    m_tabs->addTab(m_livePanel, QString());
    m_sopContrast = new SopContrastView(this);
    m_tabs->addTab(m_sopContrast, QString());
    m_matrix = new MatrixView(this);
    m_tabs->addTab(m_matrix, QString());
    // A row of "Every tag" becomes the request, one undo step.
    connect(m_matrix, &MatrixView::variantChosen, this, [this](const Scenario &after, const QString &label) {
        m_document->edit(after, tr("Request via %1").arg(label));
    });

    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->setObjectName(u"rightSplitter"_s);
    m_rightSplitter->setChildrenCollapsible(false);
    m_rightSplitter->addWidget(scrolling(verdictPane, this));
    m_rightSplitter->addWidget(m_tabs);
    m_rightSplitter->setStretchFactor(0, 1);
    m_rightSplitter->setStretchFactor(1, 1);
    return m_rightSplitter;
}

// Edits become undo commands; the document re-evaluates and every view follows.
void MainWindow::connectEditors()
{
    auto *undoFilter = new UndoShortcutFilter(this);
    for (QLineEdit *edit : {m_page->urlEdit(), m_request->urlEdit(), m_request->bodyEdit(), m_request->methodBox()->lineEdit()})
        edit->installEventFilter(undoFilter);
    // The header takes the focus when its link is clicked; Ctrl+Z there undoes too.
    m_titleLabel->installEventFilter(undoFilter);

    connect(m_page, &PageEditor::pageUrlEdited, this, [this](const QString &url) {
        Scenario after = scenario();
        after.page = url;
        m_document->edit(after, tr("Edit page URL"), u"page"_s);
    });
    connect(m_page, &PageEditor::sandboxedEdited, this, [this](bool sandboxed) {
        Scenario after = scenario();
        after.pageSandboxed = sandboxed;
        m_document->edit(after, sandboxed ? tr("Sandbox the page") : tr("Unsandbox the page"));
    });
    connect(m_browserState, &BrowserStateEditor::thirdPartyCookiesEdited, this, [this](ThirdPartyCookies setting) {
        Scenario after = scenario();
        after.browser.thirdPartyCookies = setting;
        m_document->edit(after, setting == ThirdPartyCookies::Block ? tr("Block third-party cookies") : tr("Allow third-party cookies"));
    });
    connect(m_browserState, &BrowserStateEditor::cookiesEdited, this, [this](const QList<JarCookie> &cookies) {
        Scenario after = scenario();
        after.cookies = cookies;
        m_document->edit(after, tr("Edit cookie jar"), u"cookies"_s);
    });
    connect(m_browserState, &BrowserStateEditor::pageHeadersEdited, this, [this](const HeaderList &headers) {
        Scenario after = scenario();
        after.pageHeaders = headers;
        m_document->edit(after, tr("Edit page headers"), u"pageHeaders"_s);
    });
    connect(m_request, &RequestComposer::requestEdited, this,
            [this](const ScenarioRequest &request, const QString &undoText, const QString &mergeKey) {
                Scenario after = scenario();
                after.request = request;
                m_document->edit(after, undoText, mergeKey);
            });
    connect(m_server, &ServerEditor::routesEdited, this,
            [this](const QList<ServerRoute> &routes, const QString &undoText, const QString &mergeKey) {
                Scenario after = scenario();
                after.server = routes;
                m_document->edit(after, undoText, mergeKey);
            });
    connect(m_page, &PageEditor::typingFinished, m_document, &ScenarioDocument::closeMerging);
    connect(m_request, &RequestComposer::typingFinished, m_document, &ScenarioDocument::closeMerging);
}

// The window's size, its dock and the splitters as the last session left them (QSettings), else
// defaults that fit the screen.
void MainWindow::restoreLayout()
{
    setGeometry(defaultWindowGeometry(this));
    resizeDocks({m_lessonDock}, {265}, Qt::Horizontal);
    const QSettings settings;
    restoreGeometry(settings.value("window/geometry"_L1).toByteArray());
    restoreState(settings.value("window/state"_L1).toByteArray());
    if (!m_mainSplitter->restoreState(settings.value("window/mainSplitter"_L1).toByteArray()))
        m_mainSplitter->setSizes({640, 840});
    if (!m_leftSplitter->restoreState(settings.value("window/leftSplitter"_L1).toByteArray()))
        m_leftSplitter->setSizes({420, 380});
    if (!m_rightSplitter->restoreState(settings.value("window/rightSplitter"_L1).toByteArray()))
        m_rightSplitter->setSizes({600, 270});
    m_livePanel->splitter()->restoreState(settings.value("window/liveSplitter"_L1).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue("window/geometry"_L1, saveGeometry());
    settings.setValue("window/state"_L1, saveState());
    settings.setValue("window/mainSplitter"_L1, m_mainSplitter->saveState());
    settings.setValue("window/leftSplitter"_L1, m_leftSplitter->saveState());
    settings.setValue("window/rightSplitter"_L1, m_rightSplitter->saveState());
    settings.setValue("window/liveSplitter"_L1, m_livePanel->splitter()->saveState());
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reevaluate();   // the verdict's words, the scenario's title and notes in the new language
    }
    QMainWindow::changeEvent(event);
}

// Every text the window itself shows; the widgets inside retranslate themselves.
void MainWindow::retranslate()
{
    m_pageBox->setTitle(tr("Page"));
    m_requestBox->setTitle(tr("Request"));
    m_serverBox->setTitle(tr("Server"));
    m_browserBox->setTitle(tr("Browser: cookies and the page's headers"));
    m_tabs->setTabText(0, tr("Sequence diagram"));
    m_tabs->setTabText(1, tr("Live"));
    m_tabs->setTabText(2, tr("SOP against CORS"));
    m_tabs->setTabText(3, tr("Every tag"));
    m_lessonDock->setWindowTitle(tr("Lessons"));
    m_projectorAction->setText(tr("&Projector Mode"));
    m_projectorAction->setToolTip(tr("Large type and only what the lesson needs; arrows move between lessons, Esc leaves"));
    createMenus();
    updateTitle();
}

// A new menu bar (the old one goes with its menus and actions); one function per menu, each menu
// a child of the bar.
void MainWindow::createMenus()
{
    auto *bar = new QMenuBar(this);
    setMenuBar(bar);
    bar->addMenu(createFileMenu(bar));
    bar->addMenu(createEditMenu(bar));
    bar->addMenu(createViewMenu(bar));
    bar->addMenu(m_quiz->createMenu(bar));
    bar->addMenu(createToolsMenu(bar));
    bar->addMenu(createHelpMenu(bar));
}

// New, Open (recent, lessons), Save, HAR import, copying the request, exporting the diagram.
QMenu *MainWindow::createFileMenu(QWidget *parent)
{
    auto *file = new QMenu(tr("&File"), parent);
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newScenario);
    file->addAction(tr("&Open…"), QKeySequence::Open, m_files, &DocumentFiles::openDialog);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { m_files->fillRecentMenu(recent); });
    QMenu *lessons = file->addMenu(tr("Open &Lesson"));
    connect(lessons, &QMenu::aboutToShow, this, [this, lessons] {
        lessons->clear();
        for (const Lesson &lesson : m_lessons->model()->lessons()) {
            QAction *action = lessons->addAction(LessonModel::numberText(lesson) + u"  —  "_s + lesson.title);
            action->setCheckable(lesson.path == m_lessonPath);
            action->setChecked(lesson.path == m_lessonPath);
            const QString path = lesson.path;
            connect(action, &QAction::triggered, this, [this, path] { openLesson(path); });
        }
    });
    file->addAction(tr("&Save"), QKeySequence::Save, m_files, &DocumentFiles::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, m_files, &DocumentFiles::saveAsDialog);
    file->addSeparator();
    QAction *importHarAction = file->addAction(tr("&Import HAR…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), this,
                                               &MainWindow::importHarDialog);
    importHarAction->setToolTip(tr("Every request of a HAR saved in DevTools (Chrome, Firefox) or by Playwright, judged"));
    QMenu *copyAs = file->addMenu(tr("&Copy Request As"));
    copyAs->setToolTip(tr("The request as the browser sends it (Origin, the preflight first), to replay against your server"));
    copyAs->addAction(tr("&fetch() (Node.js)"), this, [this] { copyRequestAs(RequestExportStyle::Fetch); });
    copyAs->addAction(tr("&cURL"), this, [this] { copyRequestAs(RequestExportStyle::Curl); });
    copyAs->addAction(tr("&HTTPie"), this, [this] { copyRequestAs(RequestExportStyle::Httpie); });
    file->addSeparator();
    file->addAction(tr("Export Diagram as &PNG…"), this, [this] { exportDiagram(false); });
    file->addAction(tr("Export Diagram as S&VG…"), this, [this] { exportDiagram(true); });
    file->addAction(tr("Export Ver&dict as PNG…"), this, &MainWindow::exportVerdictPngDialog);
    file->addAction(tr("Export &Handout…"), this, &MainWindow::exportHandoutDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    return file;
}

// Undo and redo, the fix and the block, title and notes, pasting a request, adding routes.
QMenu *MainWindow::createEditMenu(QWidget *parent)
{
    auto *edit = new QMenu(tr("&Edit"), parent);
    QAction *undo = m_document->undoStack()->createUndoAction(edit, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(edit, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_applyFixAction = edit->addAction(tr("Apply &Fix"), this, &MainWindow::applyFix);
    m_applyFixAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_blockThisAction = edit->addAction(tr("&Block This…"), m_verdictPanel, &VerdictPanel::showBlocks);
    m_blockThisAction->setToolTip(tr("The server changes that make the browser refuse the request"));
    edit->addAction(tr("&Title and Notes…"), this, &MainWindow::editDetails);
    QAction *paste = edit->addAction(tr("&Paste Request"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this,
                                     [this] { pasteRequest(QGuiApplication::clipboard()->text()); });
    paste->setToolTip(tr("A request copied in DevTools (Copy as fetch, cURL or PowerShell) or a raw HTTP request"));
    edit->addSeparator();
    edit->addAction(tr("Add &Preflight Answer"), this, [this] {
        m_server->addRoute(ServerEditor::preflightAnswer(scenario()), tr("Add preflight answer"));
    });
    edit->addAction(tr("Add R&esponse"), this, [this] {
        m_server->addRoute(ServerEditor::response(scenario()), tr("Add response"));
    });
    edit->addAction(tr("Add Re&direct"), this, [this] {
        m_server->addRoute(ServerEditor::redirect(scenario()), tr("Add redirect"));
    });
    return edit;
}

// The lessons dock, live mode, which Chromium the model answers for, the interface language.
QMenu *MainWindow::createViewMenu(QWidget *parent)
{
    auto *view = new QMenu(tr("&View"), parent);
    QAction *lessonsAction = m_lessonDock->toggleViewAction();
    lessonsAction->setText(tr("L&essons"));
    lessonsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    lessonsAction->setToolTip(tr("Show or hide the lessons library"));
    view->addAction(lessonsAction);
    view->addAction(m_projectorAction);
    view->addSeparator();
    m_liveAction = view->addAction(tr("&Live Mode"));
    m_liveAction->setCheckable(true);
    m_liveAction->setChecked(m_live->isLive());
    m_liveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_liveAction, &QAction::toggled, m_live, &LiveController::setLive);
    view->addAction(tr("&Run in Engine Once"), QKeySequence(Qt::Key_F5), m_live, &LiveController::runNow);
    view->addSeparator();

    QMenu *profile = view->addMenu(tr("Model &Answers For"));
    auto *profiles = new QActionGroup(profile);
    const QByteArray currentProfile = QSettings().value("engineProfile"_L1, u"current"_s).toString().toLatin1();
    m_profile = engineProfileFromName(QLatin1StringView(currentProfile)).value_or(EngineProfile::Current);
    const std::pair<EngineProfile, QString> profileNames[] = {
        {EngineProfile::Current, tr("Current Chromium")},
        {EngineProfile::Chromium102, tr("Chromium 102 (Qt WebEngine 6.4, as live mode runs)")},
        {EngineProfile::Firefox, tr("Firefox ESR 153")},
    };
    for (const auto &[value, label] : profileNames) {
        QAction *action = profile->addAction(label);
        action->setCheckable(true);
        action->setChecked(value == m_profile);
        profiles->addAction(action);
        connect(action, &QAction::triggered, this, [this, value] {
            QSettings().setValue("engineProfile"_L1, QString(engineProfileName(value)));
            m_profile = value;
            reevaluate();
        });
    }

    // Chromium's verdict beside Firefox's in the verdict panel (on by default: the answer to "it works in Chrome").
    m_compareBrowsersAction = view->addAction(tr("Compare &Browsers"));
    m_compareBrowsersAction->setCheckable(true);
    m_compareBrowsersAction->setChecked(QSettings().value("compareBrowsers"_L1, true).toBool());
    m_compareBrowsersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_compareBrowsersAction->setToolTip(tr("Show Chromium's and Firefox's verdicts side by side, and why they differ"));
    connect(m_compareBrowsersAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue("compareBrowsers"_L1, on);
        reevaluate();
    });

    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString currentLanguage = chosenLanguage();
    QList<InterfaceLanguage> languageNames = interfaceLanguages();
    languageNames.prepend({QString(), tr("System Default")});
    for (const auto &[code, label] : std::as_const(languageNames)) {
        QAction *action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == currentLanguage);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [code] { chooseLanguage(code); });
    }
    return view;
}

// Requests to a real server: the probe and the audit.
QMenu *MainWindow::createToolsMenu(QWidget *parent)
{
    auto *tools = new QMenu(tr("&Tools"), parent);
    tools->addAction(tr("&Probe Server…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this, &MainWindow::probeServer);
    tools->addAction(tr("&Audit Server…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, &MainWindow::auditServer);
    return tools;
}

// About corslab.
QMenu *MainWindow::createHelpMenu(QWidget *parent)
{
    auto *help = new QMenu(tr("&Help"), parent);
    help->addAction(tr("&About corslab"), this, [this] {
        QMessageBox::about(this, tr("About corslab"),
                           tr("<h3>corslab %1</h3><p>What a browser does with a cross-origin request: the "
                              "same-origin policy, CORS, preflights, redirects and what script may read, "
                              "step by step with links to the Fetch and HTML standards.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    return help;
}

const Scenario &MainWindow::scenario() const
{
    return m_document->scenario();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_document->undoStack();
}

void MainWindow::reevaluate()
{
    const Scenario &current = scenario();
    m_page->setScenario(current);
    m_browserState->setScenario(current);
    m_request->setRequest(current.request);
    m_server->setScenario(current);
    const QString title = localizedText(current, ScenarioText::Title);
    const QString notes = localizedText(current, ScenarioText::Notes);
    QString header = title.isEmpty() ? u"<i>%1</i>"_s.arg(tr("Untitled scenario").toHtmlEscaped())
                                     : u"<b>%1</b>"_s.arg(title.toHtmlEscaped());
    header += u" &nbsp;<a href='#details'>%1</a>"_s.arg(
        (title.isEmpty() && notes.isEmpty() ? tr("add a title and notes") : tr("edit")).toHtmlEscaped());
    if (!notes.isEmpty())
        header += u"<br><span style='color:#555'>%1</span>"_s.arg(notes.toHtmlEscaped());
    m_titleLabel->setText(header);

    m_problems.clear();
    for (const ScenarioError &error : validateScenario(current))
        m_problems.append(error.toString());

    m_verdict = evaluate(current, m_profile);
    m_sopContrast->setScenario(current, m_profile);
    m_projector->setScenario(current, m_profile);
    m_matrix->setScenario(current, m_profile);
    if (m_verdict) {
        m_verdictPanel->setEnabled(true);
        m_verdictPanel->setVerdict(*m_verdict, current);
        m_verdictPanel->setBlocks(blocksFor(current, m_profile).value_or(BlockSuggestion{}));
        m_verdictPanel->setEngineComparison(m_compareBrowsersAction->isChecked() ? compareEngines(current) : std::nullopt);
        m_diagram->setVerdict(*m_verdict);
        m_projector->setVerdict(*m_verdict);
    } else {
        m_verdictPanel->setEnabled(false);
        m_diagram->setVerdict(Verdict{});
        m_projector->clearVerdict();
    }
    updateProjectorHeading();
    if (m_problems.isEmpty()) {
        m_problemsLabel->hide();
    } else {
        const QString heading = m_verdict ? tr("The scenario has problems; the verdict may not match a browser:")
                                          : tr("No verdict until the scenario is fixed:");
        m_problemsLabel->setText(heading + u"\n• "_s + m_problems.join(u"\n• "_s));
        m_problemsLabel->show();
    }
    m_applyFixAction->setEnabled(m_verdict && !m_verdict->fixes.isEmpty());
    m_blockThisAction->setEnabled(m_verdict && !m_verdictPanel->blocks().blocks.isEmpty());
    m_live->setScenario(current);
    emit verdictChanged();
}

void MainWindow::editDetails()
{
    ScenarioDetailsDialog dialog(scenario(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->edit(dialog.scenario(), tr("Edit title and notes"));
}

void MainWindow::applyFix()
{
    if (!m_verdict || m_verdict->fixes.isEmpty())
        return;
    m_document->undoStack()->push(new ApplyFixesCommand(m_document, scenario(), m_verdict->fixes));
}

void MainWindow::applyBlock(int index)
{
    const QList<Block> &blocks = m_verdictPanel->blocks().blocks;
    if (!m_verdict || index < 0 || index >= blocks.size())
        return;
    m_document->undoStack()->push(new ApplyBlockCommand(m_document, scenario(), blocks.at(index)));
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    QString name = tr("Untitled");
    if (!path.isEmpty()) {
        name = QFileInfo(path).fileName();
    } else if (const int lesson = m_lessons->model()->rowOfPath(m_lessonPath); lesson >= 0) {
        const Scenario &scenario = m_lessons->model()->lessons().at(lesson).scenario;
        name = tr("Lesson: %1").arg(localizedText(scenario, ScenarioText::Title));
    }
    setWindowTitle(tr("%1[*] — corslab").arg(name));
    setWindowModified(m_document->isModified());
}

bool MainWindow::loadScenario(const QString &path, QString *error)
{
    const std::optional<Scenario> loaded = DocumentFiles::read(path, error);
    if (!loaded)
        return false;
    const bool resource = path.startsWith(u':');
    m_document->reset(*loaded, resource ? QString() : QFileInfo(path).absoluteFilePath());
    // The sidebar marks the lesson open now, also when its file was opened from disk.
    const LessonModel *lessons = m_lessons->model();
    int lesson = lessons->rowOfPath(path);
    if (lesson < 0)
        lesson = lessons->rowOfScenario(*loaded);
    setCurrentLesson(lesson >= 0 ? lessons->lessons().at(lesson).path : QString());
    if (!resource)
        DocumentFiles::addRecentFile(QFileInfo(path).absoluteFilePath());
    return true;
}

bool MainWindow::openScenario(const QString &path)
{
    QString error;
    if (loadScenario(path, &error))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                    tr("%1 is not a valid scenario file. The scenario you are editing is unchanged.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    box.setInformativeText(error);
    box.exec();
    return false;
}

void MainWindow::setScenario(const Scenario &scenario, const QString &path)
{
    setCurrentLesson({});
    m_document->reset(scenario, path);
}

void MainWindow::setCurrentLesson(const QString &path)
{
    const bool changed = path != m_lessonPath;
    m_lessonPath = path;
    m_lessons->setCurrentLesson(path);
    updateTitle();
    updateProjectorHeading();
    if (changed)
        emit lessonChanged(path);
}

void MainWindow::updateProjectorHeading()
{
    const QList<Lesson> &lessons = m_lessons->model()->lessons();
    const int row = m_lessons->model()->rowOfPath(m_lessonPath);
    QString title = localizedText(scenario(), ScenarioText::Title);
    if (title.isEmpty())
        title = tr("Untitled scenario");
    QString position;
    if (row >= 0 && lessons.at(row).number < 0) {
        position = tr("Welcome lesson");
    } else if (row >= 0) {
        int last = 0;
        for (const Lesson &lesson : lessons)
            last = std::max(last, lesson.number);
        position = tr("Lesson %1 of %2").arg(lessons.at(row).number).arg(last);
    }
    m_projector->setHeading(title, position);
}

void MainWindow::showResultTab(QWidget *view)
{
    m_tabs->setCurrentWidget(view);
}

void MainWindow::stepLesson(int delta)
{
    const QList<Lesson> &lessons = m_lessons->model()->lessons();
    const int row = m_lessons->model()->rowOfPath(m_lessonPath);
    const int target = row < 0 ? 0 : std::clamp(row + delta, 0, int(lessons.size()) - 1);
    if (lessons.isEmpty() || target == row)
        return;
    openLesson(lessons.at(target).path);
}

bool MainWindow::isProjectorMode() const
{
    return m_centralStack->currentWidget() == m_projector;
}

void MainWindow::setProjectorMode(bool on, bool fullScreen)
{
    if (on == isProjectorMode())
        return;
    const QSignalBlocker blocker(m_projectorAction);
    m_projectorAction->setChecked(on);
    if (on) {
        m_beforeProjector = {!m_lessonDock->isHidden(), windowState()};
        m_lessonDock->hide();
        menuBar()->hide();
        statusBar()->hide();
        m_centralStack->setCurrentWidget(m_projector);
        m_projector->setFocus();
        if (fullScreen)
            setWindowState(windowState() | Qt::WindowFullScreen);
    } else {
        m_centralStack->setCurrentIndex(0);
        menuBar()->show();
        statusBar()->show();
        m_lessonDock->setVisible(m_beforeProjector.lessonsShown);
        setWindowState(m_beforeProjector.windowState);
    }
}

void MainWindow::openLesson(const QString &path)
{
    if (path == m_lessonPath && !m_document->isModified())
        return;   // open already, unchanged
    if (m_files->maybeSave())
        openScenario(path);
}

bool MainWindow::saveScenarioAs(const QString &path, QString *error)
{
    return m_files->write(path, error);
}

void MainWindow::showSaved(const QString &path)
{
    updateTitle();
    statusBar()->showMessage(m_problems.isEmpty() ? tr("Saved %1").arg(QDir::toNativeSeparators(path))
                                                  : tr("Saved %1 (with %2 problems to fix before it loads again)")
                                                        .arg(QDir::toNativeSeparators(path))
                                                        .arg(m_problems.size()),
                             5000);
}

bool MainWindow::pasteRequest(const QString &text)
{
    const auto imported = importRequest(text.toUtf8());
    if (const auto *error = std::get_if<ImportError>(&imported)) {
        QMessageBox::warning(this, tr("Cannot paste the request"),
                             tr("The clipboard does not hold a request corslab can read (%1). Nothing was changed.")
                                 .arg(error->toString()));
        return false;
    }
    const ImportedRequest &request = std::get<ImportedRequest>(imported);
    Scenario after = scenario();
    after.page = request.scenario.page;
    after.pageSandboxed = request.scenario.pageSandboxed;
    after.request = request.scenario.request;
    m_document->undoStack()->push(new EditScenarioCommand(m_document, scenario(), after, tr("Paste request")));
    QStringList dropped;
    for (const QByteArray &name : request.droppedHeaders)
        dropped.append(QString::fromLatin1(name));
    statusBar()->showMessage(dropped.isEmpty()
                                 ? tr("Pasted a %1 copy.").arg(pastedFormatName(request.format))
                                 : tr("Pasted a %1 copy; left out the headers the browser sets itself: %2")
                                       .arg(pastedFormatName(request.format), dropped.join(u", "_s)),
                             15000);
    return true;
}

void MainWindow::copyRequestAs(RequestExportStyle style)
{
    if (!m_verdict || m_verdict->exchanges.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to copy: the browser sends no request for this scenario."), 8000);
        return;
    }
    QGuiApplication::clipboard()->setText(QString::fromUtf8(exportRequests(scenario(), *m_verdict, style)));
    statusBar()->showMessage(tr("Copied %n request(s) as %1.", nullptr, static_cast<int>(m_verdict->exchanges.size()))
                                 .arg(requestExportStyleName(style)),
                             5000);
}

void MainWindow::probeServer()
{
    ProbeDialog dialog(scenario(), m_profile, this);
    if (dialog.exec() != QDialog::Accepted || !m_files->maybeSave())
        return;
    setScenario(dialog.result());
    statusBar()->showMessage(tr("Opened the probe of %1: the routes are the server's real answers.").arg(dialog.result().request.url), 8000);
}

void MainWindow::auditServer()
{
    const std::optional<Url> page = parseUrlOrNull(scenario().page);
    const QStringList trusted = page && !scenario().pageSandboxed ? QStringList{Origin::fromUrl(*page).serialize()} : QStringList{};
    AuditDialog dialog(scenario().request.url, trusted, this);
    dialog.exec();
}

void MainWindow::importHarDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import HAR"), QSettings().value("harImport/folder"_L1).toString(),
                                                      tr("HAR files (*.har);;JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue("harImport/folder"_L1, QFileInfo(path).path());
    importHar(path);
}

HarImportDialog *MainWindow::importHar(const QString &path)
{
    if (!m_harImport) {
        m_harImport = new HarImportDialog(this);
        m_harImport->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_harImport, &HarImportDialog::openRequested, this, &MainWindow::openHarRequest);
    }
    m_harImport->importFile(path, m_profile);
    m_harImport->show();
    m_harImport->raise();
    m_harImport->activateWindow();
    return m_harImport;
}

void MainWindow::openHarRequest(const Scenario &scenario, const QString &description)
{
    if (!m_files->maybeSave())
        return;
    setScenario(scenario);
    statusBar()->showMessage(tr("Opened %1: the routes are the responses the HAR recorded.").arg(description), 8000);
}

void MainWindow::newScenario()
{
    if (!m_files->maybeSave())
        return;
    Scenario scenario;
    scenario.page = u"https://app.example.com/"_s;
    scenario.request.url = u"https://api.example.com/items"_s;
    ServerRoute route;
    route.url = scenario.request.url;
    route.headers.append("Content-Type", "application/json");
    scenario.server.append(route);
    setScenario(scenario);
}

QStringList MainWindow::recentFiles()
{
    return DocumentFiles::recentFiles();
}

void MainWindow::exportDiagram(bool svg)
{
    if (!m_verdict) {
        QMessageBox::information(this, tr("Export Diagram"), tr("There is no diagram until the scenario is valid."));
        return;
    }
    const QString path = exportPath(svg ? tr("Export Diagram as SVG") : tr("Export Diagram as PNG"), u"-diagram"_s,
                                    svg ? u".svg"_s : u".png"_s, svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const bool ok = svg ? m_diagram->exportSvg(path) : m_diagram->exportPng(path);
    if (ok)
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(this, tr("Export Diagram"), tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
}

QString MainWindow::exportPath(const QString &title, const QString &stem, const QString &suffix, const QString &filter)
{
    const QString base = m_document->filePath().isEmpty() ? u"scenario"_s
                                                          : QFileInfo(m_document->filePath()).completeBaseName().remove(u".cors"_s);
    QString path = QFileDialog::getSaveFileName(this, title, QDir::home().filePath(base + stem + suffix), filter);
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

bool MainWindow::exportHandout(const QString &path, QString *error) const
{
    if (!m_verdict) {
        if (error)
            *error = tr("There is no verdict until the scenario is valid.");
        return false;
    }
    // The name under the title: the file's, or the lesson's it came from (never the folders: a handout is shared).
    const QString source = m_document->filePath().isEmpty() ? m_lessonPath : m_document->filePath();
    const QString file = source.isEmpty() ? QString() : QFileInfo(source).fileName();
    return writeHandout(path, scenario(), *m_verdict, file, error);
}

bool MainWindow::exportVerdictPng(const QString &path) const
{
    return m_verdict && verdictImage(*m_verdict).save(path, "PNG");
}

void MainWindow::exportHandoutDialog()
{
    if (!m_verdict) {
        QMessageBox::information(this, tr("Export Handout"), tr("There is no verdict until the scenario is valid."));
        return;
    }
    const QString path = exportPath(tr("Export Handout"), u"-handout"_s, u".html"_s, tr("Web pages (*.html)"));
    QString error;
    if (path.isEmpty())
        return;
    if (exportHandout(path, &error))
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(this, tr("Export Handout"), tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
}

void MainWindow::exportVerdictPngDialog()
{
    if (!m_verdict) {
        QMessageBox::information(this, tr("Export Verdict as PNG"), tr("There is no verdict until the scenario is valid."));
        return;
    }
    const QString path = exportPath(tr("Export Verdict as PNG"), u"-verdict"_s, u".png"_s, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (exportVerdictPng(path))
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        QMessageBox::warning(this, tr("Export Verdict as PNG"), tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
}

QString MainWindow::autosavePath()
{
    return DocumentFiles::autosavePath();
}

void MainWindow::beginSession()
{
    m_files->beginSession();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    setProjectorMode(false);   // the window's own geometry and dock, not projector mode's
    saveLayout();
    m_files->endSession();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && (isScenarioFile(urls.first().toLocalFile()) || isHarFile(urls.first().toLocalFile())))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Not inside the drop: a modal dialog during a drag-and-drop upsets some platforms.
    QTimer::singleShot(0, this, [this, path] {
        if (isHarFile(path))
            importHar(path);
        else if (m_files->maybeSave())
            openScenario(path);
    });
}

} // namespace corslab
