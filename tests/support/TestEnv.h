#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

// Every test runs on throwaway XDG directories and touches nothing of the user's.
namespace TestEnv {

// Points XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME and XDG_STATE_HOME at a
// fresh temporary folder (removed at exit); call before the QCoreApplication.
void init();
QString root();
QByteArray fixture(const QString& name); // tests/fixtures/NAME
QString fixturePath(const QString& name);
// Writes bytes to path, replacing it; false when it cannot.
bool writeFile(const QString& path, const QByteArray& bytes);
// True inside the test script's private keyring session (dbus-run-session +
// unlocked gnome-keyring on a throwaway HOME). Keychain tests never run elsewhere.
bool privateKeyringAvailable();
// The built switchyard executable.
QString switchyardBinary();
// Every file under dir whose bytes contain needle.
QStringList filesContaining(const QString& dir, const QByteArray& needle);

// The child of parent with this objectName; a test without it stops at once.
template <typename T>
T* child(const QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}

} // namespace TestEnv

#define SWITCHYARD_TEST_MAIN(TestObject, AppType)                                                                     \
    int main(int argc, char** argv)                                                                                    \
    {                                                                                                                  \
        TestEnv::init();                                                                                               \
        AppType app(argc, argv);                                                                                       \
        QCoreApplication::setOrganizationName(QStringLiteral("switchyard"));                                           \
        QCoreApplication::setApplicationName(QStringLiteral("switchyard"));                                            \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }
