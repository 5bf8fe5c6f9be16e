#include "TestEnv.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace {
std::unique_ptr<QTemporaryDir>& dir()
{
    static std::unique_ptr<QTemporaryDir> d;
    return d;
}
} // namespace

namespace TestEnv {

void init()
{
    dir() = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/switchyard-test-XXXXXX"));
    const QString base = dir()->path();
    for (const char* name : { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" }) {
        const QString path = base + u'/' + QString::fromLatin1(name).toLower();
        QDir().mkpath(path);
        qputenv(name, QFile::encodeName(path));
    }
    qunsetenv("OPENROUTER_API_KEY");
}

QString root()
{
    return dir()->path();
}

QString fixturePath(const QString& name)
{
    return QStringLiteral(SWITCHYARD_FIXTURES_DIR "/") + name;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray fixture(const QString& name)
{
    QFile f(fixturePath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

bool privateKeyringAvailable()
{
    return qEnvironmentVariable("SWITCHYARD_TEST_KEYRING") == QLatin1String("1");
}

QString switchyardBinary()
{
    return QStringLiteral(SWITCHYARD_BINARY);
}

QStringList filesContaining(const QString& dirPath, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(dirPath, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

} // namespace TestEnv
