// Times CodeHighlighter::toHtml: the first call for a language (lang.map and the
// language's regex tables are built then) and warm calls (median of RUNS), on a
// 30-line Python block, a 300-line C++ file and a 200 KB one-line JSON; then the same
// blocks put into a QTextDocument as the chat view does, plain and highlighted.
// Offscreen platform.   bench_code_highlight [RUNS]
#include "gui/chat/CodeHighlighter.h"

#include <QGuiApplication>
#include <QElapsedTimer>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

namespace {
double onceMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i)
        t.push_back(onceMs(work));
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

QString python30()
{
    return QStringLiteral(
        "import json\n"
        "from dataclasses import dataclass\n"
        "\n"
        "\n"
        "@dataclass\n"
        "class Invoice:\n"
        "    \"\"\"One invoice line, priced in cents.\"\"\"\n"
        "    sku: str\n"
        "    quantity: int = 1\n"
        "    price_cents: int = 0\n"
        "\n"
        "    def total(self) -> int:\n"
        "        return self.quantity * self.price_cents  # no rounding\n"
        "\n"
        "\n"
        "def load(path):\n"
        "    with open(path, encoding=\"utf-8\") as f:\n"
        "        rows = json.load(f)\n"
        "    invoices = []\n"
        "    for row in rows:\n"
        "        if row.get(\"skip\"):\n"
        "            continue\n"
        "        invoices.append(Invoice(row[\"sku\"], int(row.get(\"qty\", 1)), row[\"price\"]))\n"
        "    return invoices\n"
        "\n"
        "\n"
        "if __name__ == \"__main__\":\n"
        "    items = load(\"invoices.json\")\n"
        "    print(f\"{len(items)} invoices, {sum(i.total() for i in items) / 100:.2f} USD\")\n"
        "    raise SystemExit(0)\n");
}

QString cpp300()
{
    QString code = QStringLiteral("#include <map>\n#include <string>\n#include <vector>\n\n");
    int i = 0;
    while (code.count(u'\n') < 296) {
        code += QStringLiteral(
                    "// Sums the values of bucket %1, skipping negatives.\n"
                    "static long sum%1(const std::vector<int>& values, std::map<std::string, int>& seen)\n"
                    "{\n"
                    "    long total = 0;\n"
                    "    for (const int v : values) {\n"
                    "        if (v < 0) { seen[\"negative\"] += 1; continue; }\n"
                    "        total += v * 0x%1 + 3.5e2; /* weighted */\n"
                    "    }\n"
                    "    return total;\n"
                    "}\n\n")
                    .arg(++i);
    }
    return code + QStringLiteral("int main() { return 0; }\n");
}

QString json200k()
{
    QString json = QStringLiteral("[");
    for (int i = 0; json.size() < 200000; ++i)
        json += QStringLiteral("{\"id\":%1,\"name\":\"item %1\",\"ok\":true,\"tags\":[\"a\",\"b\"],\"price\":%1.5},").arg(i);
    json.chop(1);
    return json + QStringLiteral("]");
}

void row(const char* what, const QString& code, const char* language, int runs)
{
    const QString lang = QString::fromLatin1(language);
    const double first = onceMs([&] { CodeHighlighter::toHtml(code, lang, false); });
    const double warm = medianMs(runs, [&] { CodeHighlighter::toHtml(code, lang, false); });
    std::printf("%-28s %6lld lines %8lld bytes   first %8.2f ms   warm %8.3f ms\n", what,
                static_cast<long long>(code.count(u'\n') + 1), static_cast<long long>(code.toUtf8().size()), first, warm);
}

void documentRow(const char* what, const QString& code, const char* language, int runs)
{
    const QString html = CodeHighlighter::toHtml(code, QString::fromLatin1(language), false);
    const QString plain = code.toHtmlEscaped();
    auto insert = [](const QString& fragment) {
        QTextDocument doc;
        QTextCursor(&doc).insertHtml(QStringLiteral("<pre>%1</pre>").arg(fragment));
        doc.size(); // lay it out
    };
    const double plainMs = medianMs(runs, [&] { insert(plain); });
    const double colouredMs = medianMs(runs, [&] { insert(html); });
    std::printf("%-28s into a QTextDocument: plain %8.3f ms   highlighted %8.3f ms\n", what, plainMs, colouredMs);
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 51;
    row("Python, 30 lines", python30(), "python", runs);
    row("C++, 300 lines", cpp300(), "cpp", runs);
    row("JSON, one 200 KB line", json200k(), "json", std::max(1, runs / 10));
    row("unknown language, 300 lines", cpp300(), "klingon", runs);
    documentRow("Python, 30 lines", python30(), "python", runs);
    documentRow("C++, 300 lines", cpp300(), "cpp", runs);
    return 0;
}
