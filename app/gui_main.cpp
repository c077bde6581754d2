// corslab: the desktop app.
//   corslab [FILE]                       opens FILE (a *.cors.json scenario), or the default lesson
//   corslab --screenshot OUT.png [--view main|projector|matrix] [FILE]
//                                        renders a view (the main window by default) with FILE
//                                        offscreen into OUT.png
//   corslab --quit-after-paint [FILE]    exits once the main window has painted its first frame
// CORSLAB_STARTUP_TRACE=1 prints to stderr the milliseconds from main() to the main window's first
// painted frame and whether Qt WebEngine is mapped into the process (it never should be: live mode
// runs it in the corslab-live helper); CORSLAB_STARTUP_TRACE=exit also exits right after.
#include "ui/main_window.h"
#include "ui/interface_language.h"
#include "ui/widgets/matrix_view.h"
#include "ui/widgets/projector_view.h"
#include "ui/widgets/quiz_view.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// Qt's xcb plugin aborts without a display; say what to do instead.
bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
           || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

bool wantsScreenshot(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

// Whether a Qt WebEngine library is mapped into this process.
bool webEngineLoaded()
{
    QFile maps(u"/proc/self/maps"_s);
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6WebEngine");
}

// Reports (and, asked to, exits after) the first frame the main window paints: the first paint
// event of the window or any of its children; the report runs once that frame has been painted
// and flushed, from the event loop.
class FirstPaintTrace : public QObject {
public:
    FirstPaintTrace(QWidget *window, const QElapsedTimer &sinceMain, bool print, bool quit, QObject *parent)
        : QObject(parent), m_window(window), m_sinceMain(sinceMain), m_print(print), m_quit(quit) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                const qint64 ms = m_sinceMain.elapsed();
                if (m_print)
                    std::fprintf(stderr, "corslab: startup: first paint after %lld ms, WebEngine %s\n", ms,
                                 webEngineLoaded() ? "loaded" : "not loaded");
                qApp->removeEventFilter(this);
                if (m_quit)
                    QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    const QElapsedTimer &m_sinceMain;
    bool m_print;
    bool m_quit;
    bool m_seen = false;
};

// The views --screenshot renders: a name, the size, and what makes the window show the view (the
// widget to grab). A new view (sop-vs-cors, matrix, quiz, …) is one more row.
// A view that takes a file of its own (not a scenario) gets it in `file`; nullptr: it could not show.
struct ScreenshotView {
    QLatin1StringView name;
    QSize size;
    QWidget *(*show)(corslab::MainWindow &window, const QString &file);
    bool takesScenario = true;
};

// Quiz mode with a .corsquiz.json (or the "sop" lessons): the third question (or the last) revealed
// after a guess that is partly wrong, so both marks show.
QWidget *showQuiz(corslab::MainWindow &window, const QString &file)
{
    using namespace corslab;
    QuizView *quiz = window.quizView();
    QString error;
    if (!file.isEmpty() && !quiz->openQuiz(file, &error)) {
        std::fputs(qPrintable(error + u'\n'), stderr);
        return nullptr;
    }
    if (file.isEmpty())
        quiz->setQuiz(*QuizView::quizFromLessonTag(u"sop"_s));
    for (int i = 0; i < 2 && quiz->currentQuestion() + 1 < quiz->quiz().questions.size(); ++i)
        quiz->next();
    quiz->setGuess({Outcome::Blocked, false, CorsError::AllowOriginMismatch, {}});
    quiz->reveal();
    return &window;
}

const ScreenshotView kScreenshotViews[] = {
    {"main"_L1, {1480, 920}, [](corslab::MainWindow &window, const QString &) -> QWidget * { return &window; }},
    {"projector"_L1, {1280, 720}, [](corslab::MainWindow &window, const QString &) -> QWidget * {
         window.setProjectorMode(true, /*fullScreen=*/false);
         return window.projectorView();
     }},
    // Projector mode's SOP-against-CORS body: the contrast without the editor.
    {"sop-vs-cors"_L1, {1280, 720}, [](corslab::MainWindow &window, const QString &) -> QWidget * {
         window.setProjectorMode(true, /*fullScreen=*/false);
         window.projectorView()->setBody(corslab::ProjectorView::Body::SopAgainstCors);
         return window.projectorView();
     }},
    {"quiz"_L1, {1280, 720}, showQuiz, /*takesScenario=*/false},
    // "Every tag": the main window with the matrix's tab raised and given most of the right column.
    {"matrix"_L1, {1480, 920}, [](corslab::MainWindow &window, const QString &) -> QWidget * {
         QWidget *matrix = window.matrixView();
         if (auto *tabs = qobject_cast<QTabWidget *>(matrix->parentWidget()->parentWidget()))
             tabs->setCurrentWidget(matrix);
         if (auto *column = window.findChild<QSplitter *>(u"rightSplitter"_s))
             column->setSizes({140, 1000});
         return &window;
     }},
};

const ScreenshotView *findScreenshotView(const QString &name)
{
    for (const ScreenshotView &view : kScreenshotViews) {
        if (view.name == name)
            return &view;
    }
    return nullptr;
}

QString screenshotViewNames()
{
    QStringList names;
    for (const ScreenshotView &view : kScreenshotViews)
        names << QString(view.name);
    return names.join(u", "_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    const QByteArray trace = qgetenv("CORSLAB_STARTUP_TRACE");
    const bool tracing = !trace.isEmpty() && trace != "0";
    const bool screenshot = wantsScreenshot(argc, argv);
    if (!hasDisplay()) {
        if (screenshot) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        } else {
            std::fputs("corslab: no display to open a window on.\n"
                       "  Run it under a virtual display:  xvfb-run ./run.sh\n"
                       "  or use the command-line checker: build/app/corslab-cli --help\n",
                       stderr);
            return 2;
        }
    }
    // No WebEngine here: live mode runs it in `corslab-live --serve`, which prepares its own environment.
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"corslab"_s);
    QApplication::setOrganizationName(u"corslab"_s);
    QApplication::setApplicationVersion(QStringLiteral(CORSLAB_VERSION));
    QApplication::setDesktopFileName(u"corslab"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/corslab.svg"_s));
    corslab::installLanguage(corslab::chosenLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "What a browser does with a cross-origin request."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, QApplication::translate("main", "Render the main window (or the --view) offscreen into a PNG and exit."),
        u"OUT.png"_s);
    parser.addOption(screenshotOption);
    const QCommandLineOption viewOption(
        u"view"_s, QApplication::translate("main", "With --screenshot: the view to render (%1).").arg(screenshotViewNames()),
        u"view"_s, u"main"_s);
    parser.addOption(viewOption);
    const QCommandLineOption quitAfterPaintOption(
        u"quit-after-paint"_s, QApplication::translate("main", "Exit once the main window has painted (startup measurement)."));
    parser.addOption(quitAfterPaintOption);
    parser.addPositionalArgument(u"file"_s, QApplication::translate("main", "A scenario file (*.cors.json) to open."), u"[file]"_s);
    parser.process(app);

    corslab::MainWindow window;
    const QStringList files = parser.positionalArguments();

    if (parser.isSet(screenshotOption)) {
        const ScreenshotView *view = findScreenshotView(parser.value(viewOption));
        if (!view) {
            std::fputs(qPrintable(QApplication::translate("main", "corslab: unknown view '%1'; the views are: %2\n")
                                      .arg(parser.value(viewOption), screenshotViewNames())),
                       stderr);
            return 2;
        }
        QString error;
        const QString scenarioFile = view->takesScenario ? files.value(0) : QString();
        if (!scenarioFile.isEmpty() && !window.loadScenario(scenarioFile, &error)) {
            std::fputs(qPrintable(error + u'\n'), stderr);
            return 2;
        }
        if (scenarioFile.isEmpty())
            window.loadScenario(u":/lessons/default.cors.json"_s, nullptr);
        window.setAttribute(Qt::WA_DontShowOnScreen, QGuiApplication::platformName() != u"offscreen"_s);
        window.resize(view->size);
        QWidget *shown = view->show(window, view->takesScenario ? QString() : files.value(0));
        if (!shown)
            return 2;
        window.show();
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        const QString out = parser.value(screenshotOption);
        if (!shown->grab().save(out, "PNG")) {
            std::fputs(qPrintable(u"corslab: cannot write %1\n"_s.arg(out)), stderr);
            return 1;
        }
        return 0;
    }

    const bool quitAfterPaint = parser.isSet(quitAfterPaintOption) || trace == "exit";
    if (tracing || quitAfterPaint)
        app.installEventFilter(new FirstPaintTrace(&window, sinceMain, tracing, quitAfterPaint, &app));
    if (files.isEmpty() || !window.openScenario(files.first()))
        window.loadScenario(u":/lessons/default.cors.json"_s, nullptr);
    window.show();
    // After the window is up: the offer to recover an autosaved scenario needs a parent. A measuring
    // run starts no session (it exits without closing the window, which would look like a crash).
    if (!quitAfterPaint)
        QMetaObject::invokeMethod(&window, &corslab::MainWindow::beginSession, Qt::QueuedConnection);
    return app.exec();
}
