#include "TestEnv.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeyStore.h"

#include <QProcess>
#include <QTest>

namespace {
const QString kCanary = QStringLiteral("sk-or-v1-canary0000keystore00000000000000000000000000000000000000");
}

// Against the real Secret Service: gnome-keyring inside the test script's private
// D-Bus session, unlocked on a throwaway HOME.
class TestKeyStore : public QObject {
    Q_OBJECT

private:
    KeyStore m_keys;

    KeyStore::Status write(const QString& id, const QString& key)
    {
        KeyStore::Status status = KeyStore::Status::Failed;
        bool done = false;
        m_keys.write(id, key, [&](KeyStore::Status s, const QString&) { status = s; done = true; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return status;
    }
    QPair<KeyStore::Status, QString> read(const QString& id)
    {
        QPair<KeyStore::Status, QString> result { KeyStore::Status::Failed, {} };
        bool done = false;
        m_keys.readStored(id, [&](KeyStore::Status s, const QString& k, KeyStore::Source) { result = { s, k }; done = true; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestEnv::privateKeyringAvailable())
            QSKIP("needs the test script's private keyring (run scripts/test.sh); never touches a real keyring");
        m_keys.setServiceName(QStringLiteral("switchyard-test"));
        bool available = false;
        bool done = false;
        m_keys.probe([&](bool a) { available = a; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(available, "the private Secret Service did not answer");
    }

    void writeReadDelete()
    {
        QCOMPARE(write(QStringLiteral("openrouter"), kCanary), KeyStore::Status::Ok);
        const auto got = read(QStringLiteral("openrouter"));
        QCOMPARE(got.first, KeyStore::Status::Ok);
        QCOMPARE(got.second, kCanary);

        // The item really lives in the Secret Service: libsecret's own tool finds it.
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"), { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), QStringLiteral("switchyard-test") });
        if (lookup.waitForStarted(5000)) {
            lookup.waitForFinished(10000);
            QVERIFY(QString::fromUtf8(lookup.readAllStandardOutput() + lookup.readAllStandardError()).contains(QLatin1String("switchyard-test")));
        }

        bool removed = false;
        KeyStore::Status status = KeyStore::Status::Failed;
        m_keys.remove(QStringLiteral("openrouter"), [&](KeyStore::Status s, const QString&) { status = s; removed = true; });
        QTRY_VERIFY(removed);
        QCOMPARE(status, KeyStore::Status::Ok);
        QCOMPARE(read(QStringLiteral("openrouter")).first, KeyStore::Status::NotFound);
    }

    void environmentIsAFallbackNeverWritten()
    {
        const ProviderRegistry registry;
        const ProviderPreset preset = registry.find(QStringLiteral("openrouter"));
        qputenv("OPENROUTER_API_KEY", "sk-or-v1-env-only");
        bool done = false;
        KeyStore::Source source = KeyStore::Source::None;
        QString key;
        m_keys.resolve(preset, [&](KeyStore::Status, const QString& k, KeyStore::Source s) { key = k; source = s; done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(source, KeyStore::Source::Environment);
        QCOMPARE(key, QStringLiteral("sk-or-v1-env-only"));
        QCOMPARE(read(QStringLiteral("openrouter")).first, KeyStore::Status::NotFound);

        QCOMPARE(write(QStringLiteral("openrouter"), kCanary), KeyStore::Status::Ok);
        done = false;
        m_keys.resolve(preset, [&](KeyStore::Status, const QString& k, KeyStore::Source s) { key = k; source = s; done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(source, KeyStore::Source::Keychain); // the keychain wins
        QCOMPARE(key, kCanary);
        qunsetenv("OPENROUTER_API_KEY");
    }

    void canaryNeverOnDisk()
    {
        // gnome-keyring stores its file encrypted; nothing of ours holds the key in clear.
        QVERIFY(TestEnv::filesContaining(TestEnv::root(), kCanary.toUtf8()).isEmpty());
        const QString home = qEnvironmentVariable("HOME");
        QVERIFY(TestEnv::filesContaining(home, kCanary.toUtf8()).isEmpty());
    }
};

SWITCHYARD_TEST_MAIN(TestKeyStore, QCoreApplication)
#include "test_keystore.moc"
