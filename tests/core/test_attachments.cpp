#include "TestEnv.h"
#include "catalog/ModelInfo.h"
#include "chat/ChatRequest.h"
#include "providers/AttachmentPolicy.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderRegistry.h"
#include "storage/AttachmentStore.h"
#include "storage/ConversationStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <memory>

#include <unistd.h>

namespace {
const QByteArray kPng("\x89PNG\r\n\x1a\nIMG", 11);
const QByteArray kPdf("%PDF-1.4 /Type /Page /Type /Pages /Type /Page");
const QByteArray kText("fn main() {}\n");

Attachment make(const QString& name, const QByteArray& bytes)
{
    QString error;
    const auto a = Attachment::fromBytes(name, bytes, &error);
    if (!a)
        qFatal("%s", qPrintable(error));
    return *a;
}
// The expected bodies (outside the class: moc misreads these raw strings).
void addBodyRows()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("body");
    const QByteArray png = "iVBORw0KGgpJTUc=";
    const QByteArray pdf = "JVBERi0xLjQgL1R5cGUgL1BhZ2UgL1R5cGUgL1BhZ2VzIC9UeXBlIC9QYWdl";
    QTest::newRow("openrouter")
        << "openrouter"
        << R"j({"messages":[{"content":[{"image_url":{"url":"data:image/png;base64,)j" + png
               + R"j("},"type":"image_url"},{"file":{"file_data":"data:application/pdf;base64,)j" + pdf
               + R"j(","filename":"paper.pdf"},"type":"file"},{"text":"[File: main.rs]\nfn main() {}\n","type":"text"},{"text":"What is in these?","type":"text"}],"role":"user"}],"model":"m","stream":true,"usage":{"include":true}})j";
    QTest::newRow("anthropic")
        << "anthropic"
        << R"j({"max_tokens":8192,"messages":[{"content":[{"source":{"data":")j" + png
               + R"j(","media_type":"image/png","type":"base64"},"type":"image"},{"source":{"data":")j" + pdf
               + R"j(","media_type":"application/pdf","type":"base64"},"type":"document"},{"source":{"data":"fn main() {}\n","media_type":"text/plain","type":"text"},"type":"document"},{"text":"What is in these?","type":"text"}],"role":"user"}],"model":"m","stream":true})j";
    QTest::newRow("gemini")
        << "gemini"
        << R"j({"contents":[{"parts":[{"inline_data":{"data":")j" + png + R"j(","mime_type":"image/png"}},{"inline_data":{"data":")j" + pdf
               + R"j(","mime_type":"application/pdf"}},{"text":"[File: main.rs]\nfn main() {}\n"},{"text":"What is in these?"}],"role":"user"}]})j";
    }
} // namespace

// Files with a message: what they are, how each provider's body carries them, where they
// are stored and when they are refused.
class TestAttachments : public QObject {
    Q_OBJECT

    const ProviderRegistry m_registry;
    int m_counter = 0;

    std::unique_ptr<Database> freshDatabase()
    {
        auto db = std::make_unique<Database>();
        QString error;
        const QString path = TestEnv::root() + QStringLiteral("/attachments-%1.sqlite").arg(++m_counter);
        [&] { QVERIFY2(db->open(path, &error), qPrintable(error)); }();
        return db;
    }

    static qint64 count(Database* db, const QString& table)
    {
        QSqlQuery q(db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static ChatRequest withFiles(const QString& provider, const QList<Attachment>& files)
    {
        ChatRequest r;
        r.providerId = provider;
        r.models = { QStringLiteral("m") };
        r.messages = { { QStringLiteral("user"), QStringLiteral("What is in these?"), files } };
        return r;
    }

private Q_SLOTS:
    void sniffing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<int>("kind");
        QTest::newRow("png") << kPng << "image/png" << int(Attachment::Kind::Image);
        QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0rest") << "image/jpeg" << int(Attachment::Kind::Image);
        QTest::newRow("gif") << QByteArray("GIF89a....") << "image/gif" << int(Attachment::Kind::Image);
        QTest::newRow("webp") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) << "image/webp" << int(Attachment::Kind::Image);
        QTest::newRow("pdf") << kPdf << "application/pdf" << int(Attachment::Kind::Pdf);
        QTest::newRow("text") << kText << "text/plain" << int(Attachment::Kind::Text);
        QTest::newRow("utf-8 text") << QByteArray("Grüße ✨\n") << "text/plain" << int(Attachment::Kind::Text);
    }
    void sniffing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mime);
        QFETCH(int, kind);
        QString error;
        const auto a = Attachment::fromBytes(QStringLiteral("/some/dir/file.bin"), bytes, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->mime, mime);
        QCOMPARE(int(a->kind), kind);
        QCOMPARE(a->filename, QStringLiteral("file.bin")); // no folders
        QCOMPARE(a->hash.size(), 64);
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("binary with NUL") << QByteArray("ab\0cd", 5) << "cannot be attached";
        QTest::newRow("invalid UTF-8") << QByteArray("caf\xe9 au lait") << "cannot be attached";
        QTest::newRow("RIFF but not WebP") << QByteArray("RIFF\x10\0\0\0WAVEfmt ", 16) << "cannot be attached";
    }
    void refusedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!Attachment::fromBytes(QStringLiteral("x.bin"), bytes, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(error.endsWith(u'.'));
    }

    void unreadableFiles()
    {
        QString error;
        QVERIFY(!Attachment::fromFile(TestEnv::root() + QStringLiteral("/missing.png"), &error));
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
        QVERIFY(!Attachment::fromFile(TestEnv::root(), &error));
        QVERIFY2(error.contains(QLatin1String("folder")), qPrintable(error));
        const QString path = TestEnv::root() + QStringLiteral("/notes.txt");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kText);
        f.close();
        const auto a = Attachment::fromFile(path, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->text(), QString::fromUtf8(kText));
        if (::geteuid() != 0) { // root reads anything
            QVERIFY(f.setPermissions(QFileDevice::Permissions()));
            QVERIFY(!Attachment::fromFile(path, &error));
            QVERIFY2(error.contains(QLatin1String("cannot be read")), qPrintable(error));
        }
    }

    // The exact body per wire with an image, a PDF and a text file.
    void bodies_data() { addBodyRows(); }
    void bodies()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, body);
        const ProviderPreset preset = m_registry.find(provider);
        const auto adapter = ProviderAdapter::create(preset.protocol);
        const ChatRequest r = withFiles(provider, { make(QStringLiteral("shot.png"), kPng), make(QStringLiteral("paper.pdf"), kPdf),
                                                    make(QStringLiteral("main.rs"), kText) });
        QCOMPARE(AttachmentPolicy::refusal(preset, *adapter, r, nullptr), QString());
        QCOMPARE(adapter->chatBody(preset, r), body);
    }

    // Ollama: images in "images", text files before the text; a PDF is refused before sending.
    void ollamaBody()
    {
        const ProviderPreset preset = m_registry.find(QStringLiteral("ollama"));
        const auto adapter = ProviderAdapter::create(preset.protocol);
        const ChatRequest r = withFiles(preset.id, { make(QStringLiteral("shot.png"), kPng), make(QStringLiteral("main.rs"), kText) });
        QCOMPARE(AttachmentPolicy::refusal(preset, *adapter, r, nullptr), QString());
        QCOMPARE(adapter->chatBody(preset, r),
                 QByteArray(R"({"messages":[{"content":"[File: main.rs]\nfn main() {}\n\n\nWhat is in these?","images":["iVBORw0KGgpJTUc="],"role":"user"}],"model":"m","stream":true})"));
        const ChatRequest withPdf = withFiles(preset.id, { make(QStringLiteral("paper.pdf"), kPdf) });
        const QString refusal = AttachmentPolicy::refusal(preset, *adapter, withPdf, nullptr);
        QVERIFY2(refusal.contains(QLatin1String("paper.pdf")) && refusal.contains(QLatin1String("Ollama")), qPrintable(refusal));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QStringList>("modalities");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("megabytes");
        QTest::addColumn<QString>("mentions"); // empty: allowed
        QTest::newRow("image to a text-only model") << "openrouter" << QStringList { QStringLiteral("text") } << "png" << 0 << "takes no images";
        QTest::newRow("image to a model taking images") << "openrouter" << QStringList { QStringLiteral("text"), QStringLiteral("image") } << "png" << 0 << "";
        QTest::newRow("unknown modalities: allowed") << "openrouter" << QStringList() << "png" << 0 << "";
        QTest::newRow("PDF to a text-only model on OpenRouter: it parses PDFs") << "openrouter" << QStringList { QStringLiteral("text") } << "pdf" << 0 << "";
        QTest::newRow("text file to a text-only model") << "openrouter" << QStringList { QStringLiteral("text") } << "txt" << 0 << "";
        QTest::newRow("image to DeepSeek") << "deepseek" << QStringList() << "png" << 0 << "DeepSeek takes no images";
        QTest::newRow("PDF to Mistral") << "mistral" << QStringList() << "pdf" << 0 << "no PDF";
        QTest::newRow("too large") << "anthropic" << QStringList() << "png" << 16 << "at most 20.0 MB";
        QTest::newRow("under the limit") << "anthropic" << QStringList() << "png" << 14 << "";
    }
    void refusals()
    {
        QFETCH(QString, provider);
        QFETCH(QStringList, modalities);
        QFETCH(QString, file);
        QFETCH(int, megabytes);
        QFETCH(QString, mentions);
        const ProviderPreset preset = m_registry.find(provider);
        const auto adapter = ProviderAdapter::create(preset.protocol);
        QByteArray bytes = file == QLatin1String("png") ? kPng : file == QLatin1String("pdf") ? kPdf : kText;
        if (megabytes)
            bytes += QByteArray(megabytes * 1024 * 1024, 'x'); // 16 MB is 21.3 MB as base64
        const ChatRequest r = withFiles(provider, { make(QStringLiteral("f.") + file, bytes) });
        ModelInfo model;
        model.id = QStringLiteral("m");
        model.inputModalities = modalities;
        const QString refusal = AttachmentPolicy::refusal(preset, *adapter, r, &model);
        if (mentions.isEmpty()) {
            QCOMPARE(refusal, QString());
        } else {
            QVERIFY2(refusal.contains(mentions), qPrintable(refusal));
            QVERIFY(refusal.endsWith(u'.'));
        }
    }

    // The files of the whole history count against the limit together.
    void historyCountsTogether()
    {
        const ProviderPreset preset = m_registry.find(QStringLiteral("openai"));
        const auto adapter = ProviderAdapter::create(preset.protocol);
        const Attachment big = make(QStringLiteral("a.png"), kPng + QByteArray(8 * 1024 * 1024, 'x'));
        ChatRequest r = withFiles(preset.id, { big });
        QCOMPARE(AttachmentPolicy::refusal(preset, *adapter, r, nullptr), QString());
        r.messages.append({ QStringLiteral("assistant"), QStringLiteral("A picture.") });
        r.messages.append({ QStringLiteral("user"), QStringLiteral("And this?"), { make(QStringLiteral("b.png"), kPng + QByteArray(8 * 1024 * 1024, 'y')) } });
        QVERIFY(AttachmentPolicy::refusal(preset, *adapter, r, nullptr).contains(QLatin1String("come to")));
    }

    void tokenEstimate()
    {
        const QList<Attachment> files { make(QStringLiteral("a.png"), kPng), make(QStringLiteral("b.pdf"), kPdf),
                                        make(QStringLiteral("c.txt"), QByteArray(400, 'x')) };
        QCOMPARE(AttachmentPolicy::pdfPages(kPdf), 2);
        QCOMPARE(AttachmentPolicy::estimatedTokens(m_registry.find(QStringLiteral("gemini")), files), qint64(258 + 2 * 258 + 100));
        QCOMPARE(AttachmentPolicy::estimatedTokens(m_registry.find(QStringLiteral("anthropic")), files), qint64(1600 + 2 * 2000 + 100));
    }

    // Stored once by content; a blob goes with the last message that holds it.
    void blobsAreSharedAndReleased()
    {
        auto db = freshDatabase();
        ConversationStore store(db.get());
        AttachmentStore files(db.get());
        const qint64 c = store.create(QStringLiteral("t"), {}, {});
        const qint64 first = store.addMessage(c, QStringLiteral("user"), QStringLiteral("one"));
        const Attachment png = make(QStringLiteral("a.png"), kPng);
        QVERIFY(files.attach(first, { png, make(QStringLiteral("b.txt"), kText) }));
        const qint64 answer = store.addMessage(c, QStringLiteral("assistant"), QStringLiteral("ok"));
        const qint64 second = store.addMessage(c, QStringLiteral("user"), QStringLiteral("two"));
        QVERIFY(files.attach(second, { make(QStringLiteral("same-bytes-other-name.png"), kPng) }));
        QCOMPARE(count(db.get(), QStringLiteral("blobs")), 2); // the PNG once
        QCOMPARE(count(db.get(), QStringLiteral("message_attachments")), 3);

        // The history sent with a request carries every file again, with its bytes.
        const QList<StoredMessage> turns = store.turnsTo(second);
        QCOMPARE(turns.size(), 3);
        QCOMPARE(turns[0].attachments.size(), 2);
        QCOMPARE(turns[0].attachments[0].filename, QStringLiteral("a.png"));
        QCOMPARE(turns[0].attachments[0].data, kPng);
        QCOMPARE(turns[0].attachments[1].kind, Attachment::Kind::Text);
        QVERIFY(turns[1].attachments.isEmpty());
        QCOMPARE(turns[2].attachments[0].filename, QStringLiteral("same-bytes-other-name.png"));
        // The view's pages list them without the bytes.
        const QList<StoredMessage> page = store.messagesByIds({ first, answer });
        QCOMPARE(page[0].attachments.size(), 2);
        QVERIFY(page[0].attachments[0].data.isEmpty());
        QCOMPARE(page[0].attachments[0].size, qint64(kPng.size()));
        QCOMPARE(files.data(page[0].attachments[0].hash), kPng);

        // Deleting the first message: its text file goes, the PNG stays for the second.
        QVERIFY(store.removeMessage(first));
        QCOMPARE(count(db.get(), QStringLiteral("blobs")), 1);
        QCOMPARE(files.data(png.hash), kPng);
        // Deleting the conversation frees the rest.
        QVERIFY(store.remove(c));
        QCOMPARE(count(db.get(), QStringLiteral("message_attachments")), 0);
        QCOMPARE(count(db.get(), QStringLiteral("blobs")), 0);
    }

    // A failed attach writes nothing.
    void attachIsAllOrNothing()
    {
        auto db = freshDatabase();
        AttachmentStore files(db.get());
        // No such message: the foreign key refuses the link, and the blob goes back out too.
        QVERIFY(!files.attach(999, { make(QStringLiteral("a.png"), kPng) }));
        QCOMPARE(count(db.get(), QStringLiteral("blobs")), 0);
    }
};

SWITCHYARD_TEST_MAIN(TestAttachments, QCoreApplication)
#include "test_attachments.moc"
