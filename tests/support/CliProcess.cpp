#include "CliProcess.h"

#include "TestEnv.h"

#include <QProcess>
#include <QSignalSpy>

namespace CliProcess {

CliRun run(const QStringList& args, const QByteArray& input, const QProcessEnvironment& extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    for (const QString& k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    p.start(TestEnv::switchyardBinary(), args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    // The mock lives in this process's event loop: keep it turning while we wait.
    QSignalSpy done(&p, &QProcess::finished);
    if (!done.wait(60000))
        p.kill();
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError() };
}

} // namespace CliProcess
