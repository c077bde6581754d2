// corslab: the desktop app.
#include "ui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// Qt's xcb plugin aborts without a display; say what to do instead.
bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
           || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char *argv[])
{
    if (!hasDisplay()) {
        std::fputs("corslab: no display to open a window on.\n"
                   "  Run it under a virtual display:  xvfb-run ./run.sh\n"
                   "  or use the command-line checker: build/app/corslab-cli --help\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"corslab"_s);
    QApplication::setOrganizationName(u"corslab"_s);
    QApplication::setApplicationVersion(QStringLiteral(CORSLAB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "What a browser does with a cross-origin request."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"file"_s, QApplication::translate("main", "A scenario file (*.cors.json) to open."), u"[file]"_s);
    parser.process(app);

    corslab::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !window.openScenario(files.first()))
        window.openScenario(u":/lessons/default.cors.json"_s);
    window.show();
    return app.exec();
}
