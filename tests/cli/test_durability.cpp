#include "MockProvider.h"
#include "TestEnv.h"
#include "session/AppContext.h"
#include "storage/Database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

namespace {
const QString kAnswer = QString::fromUtf8("Le ciel est bleu à cause de la diffusion Rayleigh — 空が青いのは散乱のため 🌍🔭.");

qint64 scalar(Database* db, const QString& sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

// kill -9 at any moment may lose the last quarter second of text, never the record that
// a request was made. `ask` and the window are killed at random moments mid-stream;
// after each kill the next start must find an intact file, every request the server saw
// in the ledger, rollups that agree with it, and any partial answer a clean prefix.
class TestDurability : public QObject {
    Q_OBJECT

private:
    MockProvider m_mock;
    QString m_dataHome;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome);
        env.insert(QStringLiteral("OPENROUTER_API_KEY"), QStringLiteral("sk-or-v1-durability"));
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_mock.listen());
        m_dataHome = TestEnv::root() + QStringLiteral("/durability/share");
        // A slow stream, about 1.5 s: kills land before, during and after the text.
        MockResponse slow = MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-multibyte.sse")), 16);
        slow.pieceDelayMs = 15;
        m_mock.setFallback(slow);
    }

    void killedAtRandomMoments()
    {
        const int runs = qMax(2, qEnvironmentVariableIntValue("SWITCHYARD_DURABILITY_RUNS") > 0
                                     ? qEnvironmentVariableIntValue("SWITCHYARD_DURABILITY_RUNS")
                                     : 26);
        QRandomGenerator random(20261123); // repeatable moments
        int partialMessages = 0;
        int unsent = 0; // runs killed after the row was begun but before the request left
        qint64 previousRows = 0;
        qsizetype previousRequests = 0;
        for (int i = 0; i < runs; ++i) {
            const bool window = i % 2 == 1;
            QProcess p;
            p.setProcessEnvironment(environment());
            if (window)
                p.start(QStringLiteral(SWITCHYARD_WINDOW_DRIVER),
                        { m_mock.baseUrl(), QStringLiteral("deepseek/deepseek-chat"), QStringLiteral("Why is the sky blue?") });
            else
                p.start(TestEnv::switchyardBinary(), { QStringLiteral("ask"), QStringLiteral("-m"), QStringLiteral("deepseek/deepseek-chat"),
                                                       QStringLiteral("--base-url"), m_mock.baseUrl(), QStringLiteral("Why is the sky blue?") });
            QVERIFY(p.waitForStarted(10000));
            p.closeWriteChannel();
            const int delay = int(random.bounded(1800));
            QTest::qWait(delay); // the mock turns in this event loop meanwhile
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(10000));
            QTest::qWait(100); // let the mock read what the killed process had already written

            // The next start: recovery runs, then the invariants.
            AppContext next;
            QString error;
            QVERIFY2(next.open(&error, m_dataHome + QStringLiteral("/switchyard/switchyard/switchyard.sqlite")), qPrintable(error));
            Database* db = next.database();
            QSqlQuery check(db->connection());
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            const qint64 rows = scalar(db, QStringLiteral("SELECT COUNT(*) FROM usage_ledger"));
            // Each run makes at most one request. A request the server saw always has its row; a
            // row without a request is allowed only when the kill fell between writing the row
            // and sending, and then it must say the request was interrupted.
            const qint64 newRows = rows - previousRows;
            const qsizetype newRequests = m_mock.requests().size() - previousRequests;
            const QString where = QStringLiteral("run %1 (%2, killed after %3 ms): %4 new ledger rows for %5 new requests sent")
                                      .arg(i).arg(window ? QStringLiteral("window") : QStringLiteral("ask")).arg(delay)
                                      .arg(newRows).arg(newRequests);
            QVERIFY2(newRequests <= 1 && newRows <= 1, qPrintable(where));
            QVERIFY2(newRows >= newRequests, qPrintable(where));
            if (newRows > newRequests) {
                ++unsent;
                QSqlQuery last(db->connection());
                QVERIFY(last.exec(QStringLiteral("SELECT status, completion_tokens FROM usage_ledger ORDER BY id DESC LIMIT 1")) && last.next());
                QVERIFY2(last.value(0).toString() == QStringLiteral("interrupted") && last.value(1).toLongLong() == 0,
                         qPrintable(where + QStringLiteral(": the row without a request says ") + last.value(0).toString()));
            }
            previousRows = rows;
            previousRequests = m_mock.requests().size();
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM usage_ledger WHERE status = 'pending'")), qint64(0));
            QCOMPARE(scalar(db, QStringLiteral("SELECT COALESCE(SUM(requests), 0) FROM usage_rollup")), rows);
            QCOMPARE(scalar(db, QStringLiteral("SELECT COALESCE(SUM(failed), 0) FROM usage_rollup")),
                     scalar(db, QStringLiteral("SELECT COUNT(*) FROM usage_ledger WHERE status <> 'done'")));
            QCOMPARE(scalar(db, QStringLiteral("SELECT COALESCE(SUM(prompt_tokens), 0) FROM usage_rollup")),
                     scalar(db, QStringLiteral("SELECT COALESCE(SUM(prompt_tokens), 0) FROM usage_ledger")));
            QCOMPARE(scalar(db, QStringLiteral("SELECT COALESCE(SUM(cost_subpico), 0) FROM usage_rollup")),
                     scalar(db, QStringLiteral("SELECT COALESCE(SUM(cost_subpico), 0) FROM usage_ledger")));
            if (window) {
                QSqlQuery m(db->connection());
                QVERIFY(m.exec(QStringLiteral("SELECT content FROM messages WHERE role = 'assistant' ORDER BY id DESC LIMIT 1")));
                if (m.next()) {
                    const QString content = m.value(0).toString();
                    QVERIFY2(kAnswer.startsWith(content), qPrintable(content)); // a clean prefix, never garbage
                    if (!content.isEmpty())
                        ++partialMessages;
                }
            }
        }
        // Some window was killed after text had arrived, and its partial answer was there.
        QVERIFY2(partialMessages > 0, "no killed window left a partial answer");
        qInfo("%d runs, %lld requests sent, %d killed before sending, %d partial answers kept", runs,
              qint64(m_mock.requests().size()), unsent, partialMessages);
    }
};

SWITCHYARD_TEST_MAIN(TestDurability, QCoreApplication)
#include "test_durability.moc"
