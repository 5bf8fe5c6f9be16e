#include "MockProvider.h"
#include "TestEnv.h"
#include "catalog/CatalogStore.h"
#include "chat/ChatOutcome.h"
#include "chat/ChatRequest.h"
#include "config/AppSettings.h"
#include "gui/ModelPickerDialog.h"
#include "gui/ModelTableModel.h"
#include "gui/settings/ProviderListModel.h"
#include "gui/settings/ProvidersPage.h"
#include "providers/ProviderRegistry.h"
#include "secrets/KeyStore.h"
#include "session/AppContext.h"
#include "session/ChatRunner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUrlQuery>

using TestEnv::child;

namespace {
const QByteArray kCanary = "sk-or-v1-canary0000window00000000000000000000000000000000000000000";

ModelInfo model(const char* id, const char* prompt, const char* completion, qint64 context, qint64 created, const QStringList& inputs)
{
    ModelInfo m;
    m.provider = QStringLiteral("openrouter");
    m.id = QString::fromLatin1(id);
    m.name = m.id;
    m.promptPrice = QString::fromLatin1(prompt);
    m.completionPrice = QString::fromLatin1(completion);
    m.contextLength = context;
    m.createdAt = created;
    m.inputModalities = inputs;
    return m;
}
} // namespace

// The model picker's filters, sorts, card and OpenRouter variants, and the "Connect
// OpenRouter" button of Settings > Providers, on real widgets.
class TestModelPicker : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<AppContext> m_context;
    MockProvider m_mock;
    QNetworkAccessManager m_nam;

    QStringList visibleIds(ModelPickerDialog& picker)
    {
        auto* table = child<QTableView>(&picker, "modelTable");
        QStringList ids;
        for (int r = 0; r < picker.visibleRows(); ++r)
            ids.append(table->model()->index(r, 0).data(ModelTableModel::ModelIdRole).toString());
        return ids;
    }

    void select(ModelPickerDialog& picker, const QString& id)
    {
        auto* table = child<QTableView>(&picker, "modelTable");
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(ModelTableModel::ModelIdRole).toString() == id) {
                table->selectRow(r);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("%1 is not listed").arg(id)));
    }

    int browserVisits(const QUrl& url)
    {
        QNetworkReply* reply = m_nam.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        [&] { QVERIFY(done.wait(20000)); }();
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    KeyStore::Status storedStatus()
    {
        KeyStore::Status status = KeyStore::Status::Failed;
        bool done = false;
        m_context->keys()->readStored(QStringLiteral("openrouter"), [&](KeyStore::Status s, const QString&, KeyStore::Source) {
            status = s;
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ChatOutcome>();
        QVERIFY(m_mock.listen());
        m_context = std::make_unique<AppContext>();
        QString error;
        QVERIFY2(m_context->open(&error), qPrintable(error));
        m_context->keys()->setMemoryFallback(true); // never a real keychain here
        m_context->settings()->setBaseUrlOverride(QStringLiteral("openrouter"), m_mock.baseUrl());
        ModelInfo nano = model("openai/gpt-4.1-nano", "0.0000001", "0.0000004", 1047576, 1744651369,
                               { QStringLiteral("image"), QStringLiteral("text"), QStringLiteral("file") });
        nano.name = QStringLiteral("OpenAI: GPT-4.1 Nano");
        ModelInfo sonnet = model("anthropic/claude-sonnet-4.6", "0.000003", "0.000015", 1000000, 1771342990,
                                 { QStringLiteral("text"), QStringLiteral("image") });
        sonnet.name = QStringLiteral("Anthropic: Claude Sonnet 4.6");
        sonnet.description = QStringLiteral("Sonnet 4.6 is Anthropic's most capable Sonnet-class model yet.");
        sonnet.supportedParameters = { QStringLiteral("tools"), QStringLiteral("reasoning"), QStringLiteral("max_tokens") };
        const QList<ModelInfo> models { nano, sonnet,
                                        model("meta-llama/llama-3.3-8b-instruct:free", "0", "0", 131072, 1750000000, { QStringLiteral("text") }),
                                        model("qwen/qwen3-8b", "0.000000117", "0.000000455", 40960, 1745876632, { QStringLiteral("text") }) };
        // Fresh, from the configured base URL: the picker fetches nothing.
        QVERIFY(CatalogStore(m_context->database()).replace(QStringLiteral("openrouter"), m_mock.baseUrl(), models));
    }

    void filtersKeepWhatTheyName()
    {
        ModelPickerDialog picker(m_context.get());
        picker.show();
        new QAbstractItemModelTester(child<QTableView>(&picker, "modelTable")->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &picker);
        QTest::keyClicks(child<QLineEdit>(&picker, "searchEdit"), QStringLiteral("openrouter"));
        QCOMPARE(picker.visibleRows(), 5); // the four listed and the auto router, always offered
        QVERIFY(visibleIds(picker).contains(QStringLiteral("openrouter/auto")));

        child<QCheckBox>(&picker, "imagesCheck")->setChecked(true);
        QStringList ids = visibleIds(picker);
        ids.sort();
        QCOMPARE(ids, (QStringList { QStringLiteral("anthropic/claude-sonnet-4.6"), QStringLiteral("openai/gpt-4.1-nano") }));
        child<QCheckBox>(&picker, "imagesCheck")->setChecked(false);

        child<QCheckBox>(&picker, "freeCheck")->setChecked(true);
        QCOMPARE(visibleIds(picker), QStringList { QStringLiteral("meta-llama/llama-3.3-8b-instruct:free") });
        child<QCheckBox>(&picker, "freeCheck")->setChecked(false);

        // A ceiling on the input price, dollars per million tokens, exact at the edge.
        auto* ceiling = child<QLineEdit>(&picker, "maxPriceEdit");
        QTest::keyClicks(ceiling, QStringLiteral("0.117"));
        ids = visibleIds(picker);
        ids.sort();
        QCOMPARE(ids, (QStringList { QStringLiteral("meta-llama/llama-3.3-8b-instruct:free"), QStringLiteral("openai/gpt-4.1-nano"),
                                     QStringLiteral("qwen/qwen3-8b") }));
        ceiling->setText(QStringLiteral("0.1169"));
        QCOMPARE(picker.visibleRows(), 2);
        ceiling->setText(QStringLiteral("cheap"));
        QCOMPARE(picker.visibleRows(), 5); // no ceiling, and one sentence says why
        QVERIFY(child<QLabel>(&picker, "statusLabel")->text().contains(QLatin1String("dollars per million tokens")));
        ceiling->clear();
        QVERIFY(child<QLabel>(&picker, "statusLabel")->text().isEmpty());
    }

    void sortsByPriceContextAndNewest()
    {
        ModelPickerDialog picker(m_context.get());
        picker.show();
        QTest::keyClicks(child<QLineEdit>(&picker, "searchEdit"), QStringLiteral("openrouter"));
        auto* sort = child<QComboBox>(&picker, "sortCombo");
        sort->setCurrentIndex(1); // price
        QCOMPARE(visibleIds(picker),
                 (QStringList { QStringLiteral("meta-llama/llama-3.3-8b-instruct:free"), QStringLiteral("openai/gpt-4.1-nano"),
                                QStringLiteral("qwen/qwen3-8b"), QStringLiteral("anthropic/claude-sonnet-4.6"), QStringLiteral("openrouter/auto") }));
        sort->setCurrentIndex(2); // context, largest first
        QCOMPARE(visibleIds(picker).mid(0, 4),
                 (QStringList { QStringLiteral("openai/gpt-4.1-nano"), QStringLiteral("anthropic/claude-sonnet-4.6"),
                                QStringLiteral("meta-llama/llama-3.3-8b-instruct:free"), QStringLiteral("qwen/qwen3-8b") }));
        sort->setCurrentIndex(3); // newest
        QCOMPARE(visibleIds(picker).mid(0, 4),
                 (QStringList { QStringLiteral("anthropic/claude-sonnet-4.6"), QStringLiteral("meta-llama/llama-3.3-8b-instruct:free"),
                                QStringLiteral("qwen/qwen3-8b"), QStringLiteral("openai/gpt-4.1-nano") }));
        auto* table = child<QTableView>(&picker, "modelTable");
        QCOMPARE(table->model()->index(0, ModelTableModel::Created).data().toString(),
                 QLocale().toString(QDateTime::fromSecsSinceEpoch(1771342990, Qt::UTC).date(), QLocale::ShortFormat));
    }

    void cardShowsTheFacts()
    {
        ModelPickerDialog picker(m_context.get());
        picker.show();
        select(picker, QStringLiteral("anthropic/claude-sonnet-4.6"));
        const QString card = child<QTextBrowser>(&picker, "modelCard")->toPlainText();
        QVERIFY2(card.contains(QLatin1String("Anthropic: Claude Sonnet 4.6")), qPrintable(card));
        QVERIFY(card.contains(QLatin1String("anthropic/claude-sonnet-4.6")));
        QVERIFY(card.contains(QLatin1String("Sonnet 4.6 is Anthropic's most capable Sonnet-class model yet.")));
        QVERIFY(card.contains(QLocale().toString(1000000)));
        QVERIFY(card.contains(QLatin1String("$3 per million tokens")));
        QVERIFY(card.contains(QLatin1String("$15 per million tokens")));
        QVERIFY(card.contains(QLatin1String("text, image")));
        QVERIFY(card.contains(QLatin1String("tools, reasoning, max_tokens")));
        QVERIFY(card.contains(QLocale().toString(QDateTime::fromSecsSinceEpoch(1771342990, Qt::UTC).date(), QLocale::LongFormat)));
        select(picker, QStringLiteral("meta-llama/llama-3.3-8b-instruct:free"));
        QVERIFY(child<QTextBrowser>(&picker, "modelCard")->toPlainText().contains(QLatin1String("$0 per million tokens")));
    }

    // A variant on the chosen OpenRouter model is the id sent; other providers take none.
    void variantsMakeTheModelIdSent()
    {
        ModelPickerDialog picker(m_context.get());
        picker.show();
        auto* variant = child<QComboBox>(&picker, "variantCombo");
        select(picker, QStringLiteral("openai/gpt-4.1-nano"));
        QVERIFY(variant->isEnabled());
        variant->setCurrentIndex(variant->findData(QStringLiteral(":nitro")));
        QCOMPARE(picker.selectedModel(), QStringLiteral("openai/gpt-4.1-nano:nitro"));
        variant->setCurrentIndex(variant->findData(QStringLiteral(":online")));
        QCOMPARE(picker.selectedModel(), QStringLiteral("openai/gpt-4.1-nano:online"));
        select(picker, QStringLiteral("meta-llama/llama-3.3-8b-instruct:free"));
        variant->setCurrentIndex(variant->findData(QStringLiteral(":floor")));
        QCOMPARE(picker.selectedModel(), QStringLiteral("meta-llama/llama-3.3-8b-instruct:floor"));
        variant->setCurrentIndex(0); // "As listed": the catalog's id, its :free kept
        QCOMPARE(picker.selectedModel(), QStringLiteral("meta-llama/llama-3.3-8b-instruct:free"));
        select(picker, QStringLiteral("openrouter/auto"));
        QVERIFY(!variant->isEnabled());
        QCOMPARE(picker.selectedModel(), QStringLiteral("openrouter/auto"));
        QCOMPARE(picker.selectedProvider(), QStringLiteral("openrouter"));
        // Anthropic's suggested models (no list fetched): no variants.
        child<QLineEdit>(&picker, "searchEdit")->setText(QStringLiteral("anthropic claude"));
        auto* table = child<QTableView>(&picker, "modelTable");
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(ModelTableModel::ProviderIdRole).toString() == QLatin1String("anthropic")) {
                table->selectRow(r);
                break;
            }
        }
        QCOMPARE(picker.selectedProvider(), QStringLiteral("anthropic"));
        QVERIFY(!variant->isEnabled());

        // The chosen variant travels as the request's model.
        child<QLineEdit>(&picker, "searchEdit")->clear();
        select(picker, QStringLiteral("openai/gpt-4.1-nano"));
        variant->setCurrentIndex(variant->findData(QStringLiteral(":nitro")));
        bool written = false;
        m_context->keys()->write(QStringLiteral("openrouter"), QString::fromLatin1(kCanary), [&](KeyStore::Status, const QString&) { written = true; });
        QTRY_VERIFY(written);
        m_mock.enqueue(MockResponse::sse(TestEnv::fixture(QStringLiteral("openrouter-stream-basic.sse"))));
        ChatRunner runner(m_context.get());
        ChatRequest request;
        request.providerId = picker.selectedProvider();
        request.models = { picker.selectedModel() };
        request.messages = { { QStringLiteral("user"), QStringLiteral("hi") } };
        request.baseUrlOverride = m_mock.baseUrl();
        QSignalSpy finished(&runner, &ChatRunner::finished);
        runner.start(request, 0, 0);
        QVERIFY(finished.wait(20000));
        const QJsonObject body = QJsonDocument::fromJson(m_mock.requests().constLast().body).object();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("openai/gpt-4.1-nano:nitro"));
        bool removed = false;
        m_context->keys()->remove(QStringLiteral("openrouter"), [&](KeyStore::Status, const QString&) { removed = true; });
        QTRY_VERIFY(removed);
    }

    // Settings > Providers > Connect OpenRouter: the same flow, a Cancel, the key shown as stored.
    void connectButtonRunsTheSignIn()
    {
        ProviderListModel providers(m_context->providers());
        ProvidersPage page(m_context.get(), &providers);
        page.show();
        page.selectProvider(QStringLiteral("anthropic"));
        QVERIFY(!child<QPushButton>(&page, "connectButton")->isVisible());
        page.selectProvider(QStringLiteral("openrouter"));
        auto* connectButton = child<QPushButton>(&page, "connectButton");
        auto* cancel = child<QPushButton>(&page, "cancelConnectButton");
        auto* status = child<QLabel>(&page, "keyStatus");
        QVERIFY(connectButton->isVisible());
        QVERIFY(!cancel->isVisible());

        // Cancel.
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QVERIFY(!page.connectUrl().isEmpty());
        QVERIFY(cancel->isVisible());
        QVERIFY(!connectButton->isEnabled());
        QVERIFY(status->text().contains(QLatin1String("Waiting for the browser")));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(page.connectUrl().isEmpty());
        QVERIFY(status->text().contains(QLatin1String("cancelled")));
        QVERIFY(connectButton->isEnabled());

        // A callback with another state: refused, nothing stored.
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QUrl auth = page.connectUrl();
        QUrl callback(QUrlQuery(auth).queryItemValue(QStringLiteral("callback_url"), QUrl::FullyDecoded));
        callback.setQuery(QStringLiteral("state=forged&code=abc"));
        QCOMPARE(browserVisits(callback), 400);
        QTRY_VERIFY(status->text().contains(QLatin1String("state did not match")));
        QCOMPARE(storedStatus(), KeyStore::Status::NotFound);

        // The right state and code: the key is stored and shown as stored.
        QTest::mouseClick(connectButton, Qt::LeftButton);
        auth = page.connectUrl();
        m_mock.route("POST", "/auth/keys",
                     MockProvider::authKeys("good-code", kCanary, QUrlQuery(auth).queryItemValue(QStringLiteral("code_challenge")).toLatin1()));
        callback = QUrl(QUrlQuery(auth).queryItemValue(QStringLiteral("callback_url"), QUrl::FullyDecoded));
        QUrlQuery query(callback);
        query.addQueryItem(QStringLiteral("code"), QStringLiteral("good-code"));
        callback.setQuery(query);
        QCOMPARE(browserVisits(callback), 200);
        QTRY_COMPARE(status->text(), QStringLiteral("A key is kept in memory for this session."));
        QCOMPARE(storedStatus(), KeyStore::Status::Ok);
        QVERIFY(!status->text().contains(QLatin1String(kCanary)));
        QVERIFY(!cancel->isVisible());
        m_mock.clearRoutes();
    }
};

SWITCHYARD_TEST_MAIN(TestModelPicker, QApplication)
#include "test_modelpicker.moc"
