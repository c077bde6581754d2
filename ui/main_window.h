#pragma once
// The main window: the page, the request and the server on the left; the verdict, the sequence
// diagram and live mode on the right. Every edit is an undo command on the ScenarioDocument and
// re-evaluates at once (core/fetch_engine.h evaluate takes microseconds).
#include "core/engine_profile.h"
#include "core/request_export.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include <QMainWindow>
#include <QPointer>
#include <optional>

class QAction;
class QDockWidget;
class QGroupBox;
class QLabel;
class QMenu;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace corslab {

class DocumentFiles;
class LessonLibrary;
class LiveController;
class LivePanel;
class BrowserStateEditor;
class PageEditor;
class ProjectorView;
class QuizView;
class RequestComposer;
class ScenarioDocument;
class SequenceDiagram;
class SopContrastView;
class MatrixView;
class HarImportDialog;
class ServerEditor;
class VerdictPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a scenario file as a new document (no unsaved-changes prompt); false with a message box
    // naming the file, field and problem when it is not valid, the current scenario kept.
    bool openScenario(const QString &path);
    // The same without a message box: the problems go to `error`.
    bool loadScenario(const QString &path, QString *error);
    // A new document showing `scenario` (an untitled one when `path` is empty).
    void setScenario(const Scenario &scenario, const QString &path = {});
    // Writes the scenario with QSaveFile; false with `error` set.
    bool saveScenarioAs(const QString &path, QString *error = nullptr);
    // Applies the current verdict's fixes as one undoable edit.
    void applyFix();
    // "Block this": applies the current scenario's block number `index` (blocksFor) as one undoable edit.
    void applyBlock(int index);
    // Edit › Paste Request: a DevTools copy becomes the page and the request (one undo step); false, with a
    // message naming the line, when the text is not a request.
    bool pasteRequest(const QString &text);
    // Edit › Title and Notes: the dialog, then one undoable edit.
    void editDetails();
    // File › Import HAR…: the import table (one window, reused), reading `path` now.
    HarImportDialog *importHar(const QString &path);
    // File › Export Handout…: the scenario as a self-contained HTML page (core/handout) in the UI
    // language; false with `error` set (also while the scenario has no verdict).
    bool exportHandout(const QString &path, QString *error = nullptr) const;
    // File › Export Verdict as PNG…: the verdict banner above the sequence diagram, for slides.
    bool exportVerdictPng(const QString &path) const;

    // The start of an interactive session: offers to recover the autosaved scenario when the last
    // session did not end cleanly, and marks this one as running until the window closes.
    void beginSession();
    // View › Projector Mode (F11): the projector view in place of the panes, no menus, no dock, full
    // screen (or, `fullScreen` false, in the window as it is: screenshots). Off: all as it was.
    void setProjectorMode(bool on, bool fullScreen = true);
    bool isProjectorMode() const;
    ProjectorView *projectorView() const { return m_projector; }
    // Quiz menu: the quiz page of the central stack (ui/widgets/quiz_view).
    QuizView *quizView() const { return m_quiz; }
    QAction *projectorAction() const { return m_projectorAction; }
    QAction *compareBrowsersAction() const { return m_compareBrowsersAction; }
    // The lesson `delta` places on in the library's order (projector mode's next and previous),
    // through the unsaved-changes prompt; from no lesson, the first.
    void stepLesson(int delta);
    // Brings the result tab holding `view` (the diagram, Live, SOP against CORS, …) to the front.
    void showResultTab(QWidget *view);


    const Scenario &scenario() const;
    // The model's verdict for the current scenario; nullopt while the page or request URL is not valid.
    const std::optional<Verdict> &verdict() const { return m_verdict; }
    // validateScenario() of the current scenario, as lines.
    QStringList problems() const { return m_problems; }
    ScenarioDocument *document() const { return m_document; }
    QUndoStack *undoStack() const;
    PageEditor *pageEditor() const { return m_page; }
    RequestComposer *requestComposer() const { return m_request; }
    ServerEditor *serverEditor() const { return m_server; }
    VerdictPanel *verdictPanel() const { return m_verdictPanel; }
    SopContrastView *sopContrastView() const { return m_sopContrast; }
    MatrixView *matrixView() const { return m_matrix; }
    SequenceDiagram *sequenceDiagram() const { return m_diagram; }
    LiveController *liveController() const { return m_live; }
    LivePanel *livePanel() const { return m_livePanel; }
    DocumentFiles *files() const { return m_files; }
    // The lessons sidebar (View › Lessons) and its dock.
    LessonLibrary *lessonLibrary() const { return m_lessons; }
    QDockWidget *lessonDock() const { return m_lessonDock; }
    // The lesson open now (":/lessons/…", also when the same lesson was opened from disk); empty
    // for any other scenario.
    QString currentLesson() const { return m_lessonPath; }
    // The scenario's title and notes above the page editor, in the UI language (ui/localized_text.h),
    // with a link that opens Edit › Title and Notes.
    QLabel *scenarioHeader() const { return m_titleLabel; }

    static QString autosavePath();
    static QStringList recentFiles();

signals:
    // After every re-evaluation (each edit, undo, redo, open).
    void verdictChanged();
    // Another lesson is open now (currentLesson(); empty: a scenario that is no lesson).
    void lessonChanged(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createScenarioPane();
    QWidget *createResultPane();
    void connectEditors();
    void restoreLayout();
    void saveLayout() const;
    void retranslate();
    void createMenus();
    QMenu *createFileMenu(QWidget *parent);
    QMenu *createEditMenu(QWidget *parent);
    QMenu *createViewMenu(QWidget *parent);
    QMenu *createToolsMenu(QWidget *parent);
    QMenu *createHelpMenu(QWidget *parent);
    void reevaluate();
    void updateTitle();
    void newScenario();
    void copyRequestAs(RequestExportStyle style);
    void probeServer();
    void auditServer();
    void importHarDialog();
    void openHarRequest(const Scenario &scenario, const QString &description);
    void showSaved(const QString &path);
    void exportDiagram(bool svg);
    // A save dialog for an export of the scenario: `stem` after its name, `suffix` added when missing;
    // empty when cancelled.
    QString exportPath(const QString &title, const QString &stem, const QString &suffix, const QString &filter);
    void exportHandoutDialog();
    void exportVerdictPngDialog();
    // A lesson chosen in the sidebar or File › Open Lesson: the unsaved-changes prompt, then open.
    void openLesson(const QString &path);
    void setCurrentLesson(const QString &path);
    void updateProjectorHeading();

    ScenarioDocument *m_document = nullptr;
    LiveController *m_live = nullptr;
    DocumentFiles *m_files = nullptr;
    std::optional<Verdict> m_verdict;
    EngineProfile m_profile = EngineProfile::Current;
    QStringList m_problems;

    PageEditor *m_page = nullptr;
    BrowserStateEditor *m_browserState = nullptr;
    RequestComposer *m_request = nullptr;
    ServerEditor *m_server = nullptr;
    VerdictPanel *m_verdictPanel = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QGroupBox *m_pageBox = nullptr;
    QGroupBox *m_browserBox = nullptr;
    QGroupBox *m_requestBox = nullptr;
    QGroupBox *m_serverBox = nullptr;
    SequenceDiagram *m_diagram = nullptr;
    LivePanel *m_livePanel = nullptr;
    SopContrastView *m_sopContrast = nullptr;
    MatrixView *m_matrix = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    LessonLibrary *m_lessons = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    QString m_lessonPath;
    QPointer<HarImportDialog> m_harImport;
    QStackedWidget *m_centralStack = nullptr;
    ProjectorView *m_projector = nullptr;
    QuizView *m_quiz = nullptr;
    bool m_lessonsBeforeQuiz = true;
    QAction *m_projectorAction = nullptr;
    // What projector mode hid, to put back.
    struct BeforeProjector {
        bool lessonsShown = true;
        Qt::WindowStates windowState;
    } m_beforeProjector;

    QAction *m_applyFixAction = nullptr;
    QAction *m_blockThisAction = nullptr;
    QAction *m_liveAction = nullptr;
    QAction *m_compareBrowsersAction = nullptr;
};

} // namespace corslab
