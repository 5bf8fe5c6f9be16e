#include "gui/chat/CodeHighlighter.h"

#include <QColor>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace {
QString str(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// The text of an HTML fragment: tags dropped, the four entities the highlighter writes
// read back (&amp; last, so "&amp;lt;" stays "&lt;").
QString textOf(QString html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    html.remove(tag);
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    html.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    html.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    html.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return html;
}

QSet<QString> coloursOf(const QString& html)
{
    static const QRegularExpression colour(QStringLiteral("color:(#[0-9a-f]{6})"));
    QSet<QString> found;
    for (auto it = colour.globalMatch(html); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

double luminance(const QColor& c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const char* const kPython = "import os\n"
                            "\n"
                            "def greet(name: str) -> str:\n"
                            "    \"\"\"Say hello.\"\"\"\n"
                            "    if not name:  # nobody\n"
                            "        return 'hi ' + str(42)\n"
                            "    return f\"hello {name} \xc3\xa9\xe2\x82\xac \xf0\x9f\x98\x80\"\n";
const char* const kCpp = "#include <vector>\n"
                         "/* a block\n"
                         "   comment */\n"
                         "template <typename T> int count(const std::vector<T>& v) {\n"
                         "\treturn static_cast<int>(v.size()) + 0x1F; // \xe6\xbc\xa2\xe5\xad\x97\n"
                         "}\n";
const char* const kJson = "{\n  \"name\": \"Zo\xc3\xab\",\n  \"ok\": true,\n  \"n\": [1, 2.5e3, null]\n}";
const char* const kBash = "#!/bin/bash\n"
                          "set -euo pipefail\n"
                          "for f in *.txt; do\n"
                          "  if [ -s \"$f\" ]; then echo \"$f\" > out.log 2>&1; fi\n"
                          "done\r\n";
} // namespace

// CodeHighlighter: Source-highlight's colours as QTextDocument HTML, never more or less
// text than it was given.
class TestCodeHighlighter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void highlightsKeywords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("keyword");
        QTest::newRow("python") << QStringLiteral("python") << str(kPython) << QStringLiteral("def");
        QTest::newRow("cpp") << QStringLiteral("cpp") << str(kCpp) << QStringLiteral("return");
        QTest::newRow("json") << QStringLiteral("json") << str(kJson) << QStringLiteral("true");
        QTest::newRow("bash") << QStringLiteral("bash") << str(kBash) << QStringLiteral("for");
    }
    void highlightsKeywords()
    {
        QFETCH(QString, language);
        QFETCH(QString, code);
        QFETCH(QString, keyword);
        QVERIFY(CodeHighlighter::knows(language));
        const QString html = CodeHighlighter::toHtml(code, language, false);
        QVERIFY2(html.contains(QStringLiteral("<span style=\"color:#cf222e\">%1</span>").arg(keyword)), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("class=")));
        QCOMPARE(html.count(u'\n'), code.count(u'\n'));
        QVERIFY(coloursOf(html).size() >= 2); // more than keywords
    }

    void textRoundTrips_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::newRow("python") << QStringLiteral("python") << str(kPython);
        QTest::newRow("cpp") << QStringLiteral("c++") << str(kCpp);
        QTest::newRow("json") << QStringLiteral("json") << str(kJson);
        QTest::newRow("bash, CRLF") << QStringLiteral("sh") << str(kBash);
        QTest::newRow("javascript, html in strings")
            << QStringLiteral("js") << str("const s = \"<b>&amp;</b>\"; // <script>\nlet re = /a&&b<c/g;\n");
        QTest::newRow("html") << QStringLiteral("html") << str("<!-- c -->\n<a href=\"x?a=1&b=2\">t&eacute;</a>\n");
        QTest::newRow("trailing newlines") << QStringLiteral("python") << str("x = 1\n\n\n");
        QTest::newRow("leading newline") << QStringLiteral("python") << str("\nx = 1");
        QTest::newRow("only newlines") << QStringLiteral("cpp") << str("\n\n");
        QTest::newRow("unterminated string") << QStringLiteral("python") << str("s = \"open\nt = '''\nstill\n");
        QTest::newRow("non-ASCII everywhere")
            << QStringLiteral("cpp") << str("\xc3\xa9t\xc3\xa9 = '\xc3\xa9'; \"\xf0\x9f\x98\x80\" /* \xe2\x82\xac */ \xe2\x82\xac+1;\n");
        QTest::newRow("long line shown plain") << QStringLiteral("json") << QStringLiteral("[%1]").arg(QStringLiteral("1,").repeated(400));
        QTest::newRow("unknown") << QStringLiteral("klingon") << str("qapla' <batlh> & \"yes\"\n");
    }
    void textRoundTrips()
    {
        QFETCH(QString, language);
        QFETCH(QString, code);
        for (const bool dark : { false, true }) {
            const QString html = CodeHighlighter::toHtml(code, language, dark);
            QCOMPARE(textOf(html), code);
            QVERIFY(!html.contains(u'\uFFFD'));
        }
    }

    void qtextDocumentShowsTheColours()
    {
        const QString code = str(kPython);
        QTextDocument doc;
        QTextCursor(&doc).insertHtml(QStringLiteral("<pre>%1</pre>").arg(CodeHighlighter::toHtml(code, QStringLiteral("py"), true)));
        QCOMPARE(doc.toPlainText(), code.chopped(1)); // a document has no final empty block
        const QTextBlock def = doc.findBlockByNumber(2);
        QVERIFY(def.text().startsWith(QStringLiteral("def ")));
        QCOMPARE(def.begin().fragment().text(), QStringLiteral("def"));
        QCOMPARE(def.begin().fragment().charFormat().foreground().color(), QColor(QStringLiteral("#ff7b72")));
    }

    void unknownLanguageIsPlainEscapedText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("unknown") << QStringLiteral("klingon");
        QTest::newRow("empty") << QString();
        QTest::newRow("text") << QStringLiteral("text");
        QTest::newRow("txt") << QStringLiteral("txt");
        QTest::newRow("no lang file") << QStringLiteral("yaml");
        QTest::newRow("blank") << QStringLiteral("   ");
    }
    void unknownLanguageIsPlainEscapedText()
    {
        QFETCH(QString, language);
        const QString code = QStringLiteral("if (a < b && c > d) { return \"x\"; }\n");
        QVERIFY(!CodeHighlighter::knows(language));
        QCOMPARE(CodeHighlighter::toHtml(code, language, false), code.toHtmlEscaped());
        QCOMPARE(CodeHighlighter::toHtml(code, language, true), code.toHtmlEscaped());
    }

    void htmlInTheCodeIsEscaped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("python") << QStringLiteral("python");
        QTest::newRow("html") << QStringLiteral("html");
        QTest::newRow("unknown") << QStringLiteral("klingon");
    }
    void htmlInTheCodeIsEscaped()
    {
        QFETCH(QString, language);
        const QString code = QStringLiteral("x = \"<script>alert('&amp;')</script>\" # <img src=x onerror=y>\n");
        const QString html = CodeHighlighter::toHtml(code, language, false);
        QVERIFY2(!html.contains(QStringLiteral("<script")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(html.contains(QStringLiteral("&amp;amp;")));
        QVERIFY(html.contains(QStringLiteral("&lt;")));
        QCOMPARE(textOf(html), code);
    }

    void aliases_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("same");
        QTest::addColumn<QString>("display");
        QTest::newRow("js") << QStringLiteral("js") << QStringLiteral("javascript") << QStringLiteral("JavaScript");
        QTest::newRow("ts") << QStringLiteral("ts") << QStringLiteral("javascript") << QStringLiteral("TypeScript");
        QTest::newRow("tsx") << QStringLiteral("tsx") << QStringLiteral("javascript") << QStringLiteral("TSX");
        QTest::newRow("c++") << QStringLiteral("c++") << QStringLiteral("cpp") << QStringLiteral("C++");
        QTest::newRow("cpp") << QStringLiteral("cpp") << QStringLiteral("cxx") << QStringLiteral("C++");
        QTest::newRow("sh") << QStringLiteral("sh") << QStringLiteral("bash") << QStringLiteral("Shell");
        QTest::newRow("shell") << QStringLiteral("shell") << QStringLiteral("bash") << QStringLiteral("Shell");
        QTest::newRow("py") << QStringLiteral("py") << QStringLiteral("python") << QStringLiteral("Python");
        QTest::newRow("jsonc") << QStringLiteral("jsonc") << QStringLiteral("json") << QStringLiteral("JSONC");
        QTest::newRow("upper case") << QStringLiteral("Python") << QStringLiteral("python") << QStringLiteral("Python");
        QTest::newRow("info string") << QStringLiteral(" python {linenos=true}") << QStringLiteral("python")
                                     << QStringLiteral("Python");
        QTest::newRow("golang") << QStringLiteral("golang") << QStringLiteral("go") << QStringLiteral("Go");
        QTest::newRow("rust") << QStringLiteral("rust") << QStringLiteral("rs") << QStringLiteral("Rust");
        QTest::newRow("lang.map only") << QStringLiteral("awk") << QStringLiteral("awk") << QStringLiteral("awk");
    }
    void aliases()
    {
        QFETCH(QString, tag);
        QFETCH(QString, same);
        QFETCH(QString, display);
        const QString code = QStringLiteral("if x then return true; fi; function f() { return \"s\" } # c\n");
        QVERIFY(CodeHighlighter::knows(tag));
        QCOMPARE(CodeHighlighter::toHtml(code, tag, false), CodeHighlighter::toHtml(code, same, false));
        QVERIFY(CodeHighlighter::toHtml(code, tag, false).contains(QStringLiteral("<span")));
        QCOMPARE(CodeHighlighter::displayName(tag), display);
    }

    void displayNames()
    {
        QCOMPARE(CodeHighlighter::displayName(QString()), QStringLiteral("text"));
        QCOMPARE(CodeHighlighter::displayName(QStringLiteral("Klingon extra")), QStringLiteral("Klingon"));
        QCOMPARE(CodeHighlighter::displayName(QStringLiteral("yaml")), QStringLiteral("YAML"));
    }

    void darkAndLightDiffer()
    {
        QString all;
        for (const char* code : { kPython, kCpp, kJson, kBash })
            all += str(code) + u'\n';
        all += QStringLiteral("--- a/x.c\n+++ b/x.c\n@@ -1,2 +1,2 @@\n-old\n+new\n"
                              "a > b:hover { color: red; margin: 0 }\n");
        for (const QString& language : { QStringLiteral("python"), QStringLiteral("cpp"), QStringLiteral("json"),
                                        QStringLiteral("sh"), QStringLiteral("diff"), QStringLiteral("css") }) {
            const QString light = CodeHighlighter::toHtml(all, language, false);
            const QString dark = CodeHighlighter::toHtml(all, language, true);
            QVERIFY2(light != dark, qPrintable(language));
            QCOMPARE(textOf(light), textOf(dark));
            QVERIFY((coloursOf(light) & coloursOf(dark)).isEmpty());
            // Every colour is readable on its background (WCAG AA, 4.5:1).
            for (const QString& c : coloursOf(light))
                QVERIFY2(contrast(QColor(c), QColor(0xf6, 0xf8, 0xfa)) >= 4.5, qPrintable(c));
            for (const QString& c : coloursOf(dark))
                QVERIFY2(contrast(QColor(c), QColor(0x16, 0x1b, 0x22)) >= 4.5, qPrintable(c));
        }
    }

    void emptyCode()
    {
        QCOMPARE(CodeHighlighter::toHtml(QString(), QStringLiteral("python"), false), QString());
        QCOMPARE(CodeHighlighter::toHtml(QString(), QString(), true), QString());
        QCOMPARE(CodeHighlighter::toHtml(QStringLiteral("\n"), QStringLiteral("cpp"), false), QStringLiteral("\n"));
    }

    void missingDataDirIsPlainText()
    {
        QTemporaryDir empty;
        CodeHighlighter::setDataDirForTesting(empty.path());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("code highlighting off: no Source-highlight data")));
        const QString code = QStringLiteral("def f(): return '<x>'\n");
        QCOMPARE(CodeHighlighter::toHtml(code, QStringLiteral("python"), false), code.toHtmlEscaped());
        QVERIFY(!CodeHighlighter::knows(QStringLiteral("python"))); // said once, not again
        CodeHighlighter::setDataDirForTesting(QString());
        QVERIFY(CodeHighlighter::knows(QStringLiteral("python")));
    }

    void brokenLangFileIsPlainText()
    {
        QTemporaryDir dir;
        auto write = [&](const char* name, const char* text) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write("lang.map", "badregex = badregex.lang\nbadsyntax = badsyntax.lang\nmissing = missing.lang\n");
        write("badregex.lang", "keyword = '(['\n");
        write("badsyntax.lang", "keyword = \"unterminated\nstate { } }\n");
        CodeHighlighter::setDataDirForTesting(dir.path());
        const QString code = QStringLiteral("a [ b <c>\n");
        for (const char* language : { "badregex", "badsyntax", "missing" }) {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("code highlighting: cannot load")));
            QCOMPARE(CodeHighlighter::toHtml(code, QString::fromLatin1(language), false), code.toHtmlEscaped());
            // Built once: the failure is remembered, not logged again.
            QCOMPARE(CodeHighlighter::toHtml(code, QString::fromLatin1(language), true), code.toHtmlEscaped());
        }
        CodeHighlighter::setDataDirForTesting(QString());
    }
};

QTEST_MAIN(TestCodeHighlighter)
#include "test_codehighlighter.moc"
