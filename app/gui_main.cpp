// corslab: the desktop app.
//   corslab [FILE]                       opens FILE (a *.cors.json scenario), or the default lesson
//   corslab --screenshot OUT.png [FILE]  renders the main window with FILE offscreen into OUT.png
#include "ui/live/engine_runner.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

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

// The UI language: View > Language (QSettings "language"), otherwise the system's.
void installTranslators(QApplication &app)
{
    const QString chosen = QSettings().value("language"_L1).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"corslab"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
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
    // Environment only (sandbox, resolver rules, shared GL contexts): live mode creates the engine
    // on first use, and these must be set before the application object exists.
    corslab::live::EngineRunner::prepareEnvironment();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"corslab"_s);
    QApplication::setOrganizationName(u"corslab"_s);
    QApplication::setApplicationVersion(QStringLiteral(CORSLAB_VERSION));
    QApplication::setDesktopFileName(u"corslab"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/corslab.svg"_s));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "What a browser does with a cross-origin request."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, QApplication::translate("main", "Render the main window offscreen into a PNG and exit."),
        u"OUT.png"_s);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(u"file"_s, QApplication::translate("main", "A scenario file (*.cors.json) to open."), u"[file]"_s);
    parser.process(app);

    corslab::MainWindow window;
    const QStringList files = parser.positionalArguments();

    if (parser.isSet(screenshotOption)) {
        QString error;
        if (!files.isEmpty() && !window.loadScenario(files.first(), &error)) {
            std::fputs(qPrintable(error + u'\n'), stderr);
            return 2;
        }
        if (files.isEmpty())
            window.loadScenario(u":/lessons/default.cors.json"_s, nullptr);
        window.setAttribute(Qt::WA_DontShowOnScreen, QGuiApplication::platformName() != u"offscreen"_s);
        window.resize(1480, 920);
        window.show();
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        const QString out = parser.value(screenshotOption);
        if (!window.saveScreenshot(out)) {
            std::fputs(qPrintable(u"corslab: cannot write %1\n"_s.arg(out)), stderr);
            return 1;
        }
        return 0;
    }

    if (files.isEmpty() || !window.openScenario(files.first()))
        window.loadScenario(u":/lessons/default.cors.json"_s, nullptr);
    window.show();
    // After the window is up: the offer to recover an autosaved scenario needs a parent.
    QMetaObject::invokeMethod(&window, &corslab::MainWindow::beginSession, Qt::QueuedConnection);
    return app.exec();
}
