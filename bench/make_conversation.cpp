// Writes one long conversation through the real storage classes, for the chat
// benchmarks (bench/chat.sh): N messages (default 5,000), alternating a one-line
// question and a Markdown answer of about 700 characters with a bullet list, inline
// code and a fenced code block; every fifth answer also holds a GFM table. Content
// varies with a fixed seed, so every run writes the same text. One transaction.
//   bench_make_conversation PATH [N]
// Prints the conversation id, the message count and the mean answer length.
#include "storage/ConversationStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace {
const char* const kTopics[] = { "a SQLite index",   "a Qt signal",      "a Rust iterator", "a bash loop",
                                "a CSS grid",       "a Python context", "a Git rebase",    "a C++ move",
                                "a JSON schema",    "an HTTP retry",    "a regex group",   "a CMake target",
                                "a Go channel",     "a TLS handshake",  "a cron job",      "a unit test" };
const char* const kVerbs[] = { "write", "debug", "speed up", "explain", "refactor", "test", "document", "replace" };
const char* const kLangs[] = { "cpp", "python", "rust", "bash", "sql", "js", "go", "json" };
const char* const kWords[] = { "the",    "value",  "returns", "each",   "row",     "first",  "cache",   "before",
                               "after",  "thread", "lock",    "buffer", "stream",  "parser", "request", "reply",
                               "simple", "fast",   "safe",    "error",  "handle",  "field",  "index",   "page",
                               "width",  "height", "model",   "view",   "message", "token",  "result",  "queue" };

QString words(QRandomGenerator& rng, int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QString::fromLatin1(kWords[rng.bounded(int(std::size(kWords)))]);
    return out.join(u' ');
}

QString ident(QRandomGenerator& rng)
{
    return QStringLiteral("%1_%2").arg(QString::fromLatin1(kWords[rng.bounded(int(std::size(kWords)))]),
                                       QString::fromLatin1(kWords[rng.bounded(int(std::size(kWords)))]));
}

QString codeBlock(QRandomGenerator& rng, const QString& lang)
{
    QString body;
    const int lines = 3 + rng.bounded(3);
    for (int i = 0; i < lines; ++i) {
        const QString a = ident(rng), b = ident(rng);
        if (lang == QLatin1String("python"))
            body += QStringLiteral("%1 = %2(%3)\n").arg(a, b).arg(rng.bounded(100));
        else if (lang == QLatin1String("bash"))
            body += QStringLiteral("for f in *.%1; do echo \"$f\" >> %2.log; done\n").arg(a, b);
        else if (lang == QLatin1String("sql"))
            body += QStringLiteral("SELECT %1 FROM %2 WHERE id > %3;\n").arg(a, b).arg(rng.bounded(1000));
        else if (lang == QLatin1String("json"))
            body += QStringLiteral("{\"%1\": %2, \"%3\": true}\n").arg(a).arg(rng.bounded(100)).arg(b);
        else
            body += QStringLiteral("auto %1 = %2(%3); // %4\n").arg(a, b).arg(rng.bounded(100)).arg(words(rng, 3));
    }
    return QStringLiteral("```%1\n%2```\n").arg(lang, body);
}

QString question(QRandomGenerator& rng, int i)
{
    return QStringLiteral("How do I %1 %2 when %3? (%4)")
        .arg(QString::fromLatin1(kVerbs[rng.bounded(int(std::size(kVerbs)))]),
             QString::fromLatin1(kTopics[rng.bounded(int(std::size(kTopics)))]), words(rng, 4))
        .arg(i);
}

QString answer(QRandomGenerator& rng, int i)
{
    const QString lang = QString::fromLatin1(kLangs[rng.bounded(int(std::size(kLangs)))]);
    QString a = QStringLiteral("Short answer: use `%1` and keep %2. %3.\n\n").arg(ident(rng), words(rng, 5), words(rng, 10));
    const int bullets = 3 + rng.bounded(2);
    for (int b = 0; b < bullets; ++b)
        a += QStringLiteral("- **%1**: %2 `%3()` %4\n").arg(words(rng, 1), words(rng, 5), ident(rng), words(rng, 4));
    a += u'\n';
    if (i % 5 == 0) {
        a += QStringLiteral("| option | cost | note |\n|---|---:|---|\n");
        for (int r = 0; r < 3; ++r)
            a += QStringLiteral("| `%1` | %2 ms | %3 |\n").arg(ident(rng)).arg(rng.bounded(500)).arg(words(rng, 3));
        a += u'\n';
    }
    a += codeBlock(rng, lang);
    a += QStringLiteral("\nThen %1.").arg(words(rng, 6 + rng.bounded(6)));
    return a;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_make_conversation PATH [N]\n");
        return 2;
    }
    const int n = argc > 2 ? std::atoi(argv[2]) : 5000;
    Database db;
    QString error;
    if (!db.open(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QRandomGenerator rng(7);
    ConversationStore store(&db);
    QSqlDatabase c = db.connection();
    c.transaction();
    const qint64 id = store.create(QStringLiteral("Benchmark: %1 messages").arg(n), QStringLiteral("openrouter"),
                                   QStringLiteral("bench/model"));
    qint64 answerChars = 0;
    int answers = 0;
    for (int i = 0; i < n; ++i) {
        const bool isQuestion = i % 2 == 0;
        const QString text = isQuestion ? question(rng, i / 2) : answer(rng, i / 2);
        if (!isQuestion) {
            answerChars += text.size();
            ++answers;
        }
        if (!store.addMessage(id, isQuestion ? QStringLiteral("user") : QStringLiteral("assistant"), text,
                              isQuestion ? QString() : QStringLiteral("bench/model"))) {
            std::fprintf(stderr, "bench_make_conversation: could not write message %d\n", i);
            c.rollback();
            return 1;
        }
    }
    if (!c.commit()) {
        std::fprintf(stderr, "bench_make_conversation: commit failed\n");
        return 1;
    }
    std::printf("conversation %lld messages %d mean_answer_chars %lld\n", static_cast<long long>(id), n,
                answers ? answerChars / answers : 0);
    return 0;
}
