#include "CodeHighlighter.h"

#include "util/Log.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <srchilite/formatter.h>
#include <srchilite/formattermanager.h>
#include <srchilite/langdefmanager.h>
#include <srchilite/langmap.h>
#include <srchilite/regexrulefactory.h>
#include <srchilite/settings.h>
#include <srchilite/sourcehighlighter.h>

#include <exception>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace {

// A fence tag Source-highlight's lang.map lacks or maps otherwise, and the name shown.
// A null file: shown as plain text.
struct Alias {
    const char* tag;
    const char* langFile;
    const char* display;
};

constexpr Alias kAliases[] = {
    { "py", "python.lang", "Python" }, { "python", "python.lang", "Python" },
    { "python3", "python.lang", "Python" }, { "py3", "python.lang", "Python" },
    { "c", "c.lang", "C" }, { "h", "cpp.lang", "C/C++" },
    { "c++", "cpp.lang", "C++" }, { "cpp", "cpp.lang", "C++" }, { "cxx", "cpp.lang", "C++" },
    { "cc", "cpp.lang", "C++" }, { "hpp", "cpp.lang", "C++" }, { "hxx", "cpp.lang", "C++" },
    { "cuda", "cpp.lang", "CUDA" }, { "cu", "cpp.lang", "CUDA" },
    { "cs", "csharp.lang", "C#" }, { "csharp", "csharp.lang", "C#" }, { "c#", "csharp.lang", "C#" },
    { "java", "java.lang", "Java" },
    { "js", "javascript.lang", "JavaScript" }, { "javascript", "javascript.lang", "JavaScript" },
    { "mjs", "javascript.lang", "JavaScript" }, { "cjs", "javascript.lang", "JavaScript" },
    { "node", "javascript.lang", "JavaScript" }, { "jsx", "javascript.lang", "JSX" },
    // TypeScript has no .lang: JavaScript's keywords, strings and comments cover most of it.
    { "ts", "javascript.lang", "TypeScript" }, { "typescript", "javascript.lang", "TypeScript" },
    { "mts", "javascript.lang", "TypeScript" }, { "cts", "javascript.lang", "TypeScript" },
    { "tsx", "javascript.lang", "TSX" },
    { "json", "json.lang", "JSON" }, { "jsonc", "json.lang", "JSONC" }, { "json5", "json.lang", "JSON5" },
    { "jsonl", "json.lang", "JSON Lines" }, { "ndjson", "json.lang", "JSON Lines" },
    { "geojson", "json.lang", "GeoJSON" },
    { "sh", "sh.lang", "Shell" }, { "shell", "sh.lang", "Shell" }, { "bash", "sh.lang", "Bash" },
    { "ksh", "sh.lang", "Shell" }, { "zsh", "zsh.lang", "Zsh" },
    { "bat", "bat.lang", "Batch" }, { "batch", "bat.lang", "Batch" }, { "cmd", "bat.lang", "Batch" },
    { "html", "html.lang", "HTML" }, { "htm", "html.lang", "HTML" }, { "xhtml", "xml.lang", "XHTML" },
    { "xml", "xml.lang", "XML" }, { "svg", "xml.lang", "SVG" }, { "plist", "xml.lang", "XML" },
    { "css", "css.lang", "CSS" }, { "scss", "css.lang", "SCSS" }, { "less", "css.lang", "Less" },
    { "go", "go.lang", "Go" }, { "golang", "go.lang", "Go" },
    { "rust", "rust.lang", "Rust" }, { "rs", "rust.lang", "Rust" },
    { "ruby", "ruby.lang", "Ruby" }, { "rb", "ruby.lang", "Ruby" },
    { "php", "php.lang", "PHP" }, { "lua", "lua.lang", "Lua" },
    // lang.map reads pl as Prolog; in an answer it is Perl.
    { "perl", "perl.lang", "Perl" }, { "pl", "perl.lang", "Perl" },
    { "sql", "sql.lang", "SQL" }, { "mysql", "sql.lang", "SQL" }, { "postgresql", "sql.lang", "SQL" },
    { "postgres", "sql.lang", "SQL" }, { "psql", "sql.lang", "SQL" }, { "sqlite", "sql.lang", "SQL" },
    { "plsql", "sql.lang", "SQL" },
    { "r", "r.lang", "R" }, { "scala", "scala.lang", "Scala" },
    { "haskell", "haskell.lang", "Haskell" }, { "hs", "haskell.lang", "Haskell" },
    { "ocaml", "caml.lang", "OCaml" }, { "ml", "caml.lang", "OCaml" },
    { "erlang", "erlang.lang", "Erlang" }, { "erl", "erlang.lang", "Erlang" },
    { "lisp", "lisp.lang", "Lisp" }, { "elisp", "lisp.lang", "Emacs Lisp" },
    { "emacs-lisp", "lisp.lang", "Emacs Lisp" }, { "clojure", "lisp.lang", "Clojure" },
    { "clj", "lisp.lang", "Clojure" }, { "scheme", "scheme.lang", "Scheme" },
    { "diff", "diff.lang", "Diff" }, { "patch", "diff.lang", "Diff" },
    { "makefile", "makefile.lang", "Makefile" }, { "make", "makefile.lang", "Makefile" },
    { "mk", "makefile.lang", "Makefile" },
    { "tex", "latex.lang", "LaTeX" }, { "latex", "latex.lang", "LaTeX" },
    { "ini", "desktop.lang", "INI" }, { "toml", "desktop.lang", "TOML" },
    { "groovy", "groovy.lang", "Groovy" }, { "gradle", "groovy.lang", "Gradle" },
    { "asm", "asm.lang", "Assembly" }, { "nasm", "asm.lang", "Assembly" },
    { "proto", "proto.lang", "Protocol Buffers" }, { "protobuf", "proto.lang", "Protocol Buffers" },
    { "vim", "vim.lang", "Vim script" }, { "viml", "vim.lang", "Vim script" },
    { "text", nullptr, "text" }, { "txt", nullptr, "text" }, { "plain", nullptr, "text" },
    { "plaintext", nullptr, "text" }, { "none", nullptr, "text" }, { "nohighlight", nullptr, "text" },
    { "yaml", nullptr, "YAML" }, { "yml", nullptr, "YAML" },
    { "kotlin", nullptr, "Kotlin" }, { "swift", nullptr, "Swift" },
    { "dockerfile", nullptr, "Dockerfile" }, { "powershell", nullptr, "PowerShell" },
    { "ps1", nullptr, "PowerShell" }, { "console", nullptr, "Console" },
};

// GitHub's Primer colours: readable on #f6f8fa (light) and on #161b22 (dark).
struct Rule {
    const char* element; // Source-highlight's element names, as in its default.style
    const char* light;
    const char* dark;
    bool bold = false;
    bool italic = false;
};

constexpr Rule kRules[] = {
    { "keyword", "#cf222e", "#ff7b72" },
    { "preproc", "#cf222e", "#ff7b72" },
    { "type", "#0550ae", "#79c0ff" },
    { "number", "#0550ae", "#79c0ff" },
    { "specialchar", "#0550ae", "#79c0ff" },
    { "predef_var", "#0550ae", "#79c0ff" },
    { "attribute", "#0550ae", "#79c0ff" },
    { "property", "#0550ae", "#79c0ff" },
    { "key", "#0550ae", "#79c0ff" },
    { "keyquote", "#0550ae", "#79c0ff" },
    { "string", "#0a3069", "#a5d6ff" },
    { "valquote", "#0a3069", "#a5d6ff" },
    { "value", "#0a3069", "#a5d6ff" },
    { "url", "#0a3069", "#a5d6ff" },
    { "regexp", "#116329", "#7ee787" },
    { "selector", "#116329", "#7ee787" },
    { "newfile", "#116329", "#7ee787" },
    { "function", "#8250df", "#d2a8ff" },
    { "predef_func", "#8250df", "#d2a8ff" },
    { "difflines", "#8250df", "#d2a8ff" },
    { "usertype", "#953800", "#ffa657" },
    { "classname", "#953800", "#ffa657" },
    { "variable", "#953800", "#ffa657" },
    { "label", "#953800", "#ffa657" },
    { "oldfile", "#82071e", "#ffa198" },
    { "comment", "#57606a", "#8b949e", false, true },
    { "todo", "#953800", "#ffa657", true, false },
};

// Source-highlight tries every rule of a state at each token, each a regex search to the
// end of the line: a line costs about the square of its length (a 500-byte line of
// C++ ~7 ms, 4,000 bytes ~340 ms). Longer lines are shown plain (minified JSON, base64),
// and so is whatever follows the first 64 KiB of a block.
constexpr qsizetype kMaxLineBytes = 512;
constexpr qsizetype kMaxBlockBytes = 64 * 1024;

// Where the HTML of one call goes. The formatters append to it.
struct Sink {
    std::string html;
    // The start of a UTF-8 character a token boundary cut (the regexes match bytes):
    // written with the next token, so no character is split between two spans.
    std::string carry;
    // The span `html` ends with, if it ends with one: the next run of the same look
    // joins it (JSON's quote, key, quote are three elements of one colour).
    std::string lastOpen;
    std::size_t lastEnd = 0;
};

void appendEscaped(std::string& out, const std::string& text)
{
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
}

// How many bytes at the end of `s` begin a UTF-8 character that is not complete.
std::size_t incompleteTail(const std::string& s)
{
    for (std::size_t back = 1; back <= 3 && back <= s.size(); ++back) {
        const auto c = static_cast<unsigned char>(s[s.size() - back]);
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead
        const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

// One element's look: the text escaped, inside a span when the element has a colour.
class SpanFormatter final : public srchilite::Formatter {
public:
    SpanFormatter(Sink& sink, const Rule* rule, bool dark)
        : m_sink(sink)
    {
        if (!rule)
            return;
        m_open = std::string("<span style=\"color:") + (dark ? rule->dark : rule->light);
        if (rule->bold)
            m_open += ";font-weight:bold";
        if (rule->italic)
            m_open += ";font-style:italic";
        m_open += "\">";
    }

    void format(const std::string& s, const srchilite::FormatterParams* /*params*/) override
    {
        std::string text = m_sink.carry + s;
        const std::size_t tail = incompleteTail(text);
        m_sink.carry.assign(text, text.size() - tail, tail);
        text.resize(text.size() - tail);
        if (text.empty())
            return;
        if (m_open.empty()) {
            appendEscaped(m_sink.html, text);
            return;
        }
        static const std::string close = "</span>";
        if (m_sink.lastEnd == m_sink.html.size() && m_sink.lastOpen == m_open)
            m_sink.html.resize(m_sink.html.size() - close.size());
        else
            m_sink.html += m_open;
        appendEscaped(m_sink.html, text);
        m_sink.html += close;
        m_sink.lastOpen = m_open;
        m_sink.lastEnd = m_sink.html.size();
    }

private:
    Sink& m_sink;
    std::string m_open;
};

// The one Source-highlight setup of the process: lang.map, the language tables built so
// far (a failed one kept as null, tried once) and a formatter set per palette.
class Engine final {
public:
    static Engine& instance()
    {
        static Engine engine;
        return engine;
    }

    void setDataDir(const QString& dir)
    {
        m_requestedDataDir = dir.toStdString();
        m_loaded = false;
        m_available = false;
        m_langMap.reset();
        m_langDefs.reset();
        m_states.clear();
        m_warned.clear();
    }

    // The .lang file for a resolved tag, or empty.
    std::string langFile(const QString& tag)
    {
        if (tag.isEmpty() || !load())
            return {};
        for (const Alias& alias : kAliases) {
            if (tag == QLatin1String(alias.tag))
                return alias.langFile ? alias.langFile : std::string();
        }
        try {
            return m_langMap->getMappedFileName(tag.toStdString());
        } catch (...) {
            return {};
        }
    }

    // Null when the language's table cannot be built.
    srchilite::HighlightStatePtr state(const std::string& file)
    {
        const auto found = m_states.find(file);
        if (found != m_states.end())
            return found->second;
        srchilite::HighlightStatePtr built;
        try {
            built = m_langDefs->getHighlightState(m_dataDir, file);
        } catch (const std::exception& e) {
            qCWarning(lcGui) << "code highlighting: cannot load" << file.c_str() << "-" << e.what();
        } catch (...) {
            qCWarning(lcGui) << "code highlighting: cannot load" << file.c_str();
        }
        m_states.emplace(file, built);
        return built;
    }

    // Empty when it could not highlight (the caller escapes the code as plain text).
    std::optional<QString> highlight(const QString& code, const std::string& file, bool dark)
    {
        const srchilite::HighlightStatePtr main = state(file);
        if (!main)
            return std::nullopt;
        m_sink.html.clear(); // keeps its capacity for the next block
        m_sink.carry.clear();
        m_sink.lastOpen.clear();
        m_sink.lastEnd = 0;
        const QByteArray utf8 = code.toUtf8();
        try {
            srchilite::SourceHighlighter highlighter(main);
            highlighter.setFormatterManager(dark ? m_dark.get() : m_light.get());
            highlighter.setOptimize(true);
            qsizetype start = 0;
            while (true) {
                const qsizetype end = utf8.indexOf('\n', start);
                const qsizetype stop = end < 0 ? utf8.size() : end;
                std::string line(utf8.constData() + start, static_cast<std::size_t>(stop - start));
                if (stop - start > kMaxLineBytes || stop > kMaxBlockBytes)
                    appendEscaped(m_sink.html, line); // too costly: plain, the state unchanged
                else if (!line.empty())
                    highlighter.highlightParagraph(line);
                appendEscaped(m_sink.html, m_sink.carry); // a line always ends a character
                m_sink.carry.clear();
                if (end < 0)
                    break;
                m_sink.html += '\n';
                start = end + 1;
            }
        } catch (const std::exception& e) {
            warnOnce(file, e.what());
            return std::nullopt;
        } catch (...) {
            warnOnce(file, "unknown error");
            return std::nullopt;
        }
        return QString::fromUtf8(m_sink.html.data(), static_cast<qsizetype>(m_sink.html.size()));
    }

private:
    Engine()
        : m_light(makeFormatters(false))
        , m_dark(makeFormatters(true))
    {
    }

    std::unique_ptr<srchilite::FormatterManager> makeFormatters(bool dark)
    {
        auto manager = std::make_unique<srchilite::FormatterManager>(
            srchilite::FormatterPtr(new SpanFormatter(m_sink, nullptr, dark)));
        for (const Rule& rule : kRules)
            manager->addFormatter(rule.element, srchilite::FormatterPtr(new SpanFormatter(m_sink, &rule, dark)));
        return manager;
    }

    // Reads lang.map once; false (said once in the log) when the data directory is missing.
    bool load()
    {
        if (m_loaded)
            return m_available;
        m_loaded = true;
        try {
            m_dataDir = m_requestedDataDir.empty() ? srchilite::Settings::retrieveDataDir() : m_requestedDataDir;
            const QString map = QString::fromStdString(m_dataDir) + QStringLiteral("/lang.map");
            if (!QFileInfo(map).isReadable()) {
                qCWarning(lcGui) << "code highlighting off: no Source-highlight data in" << m_dataDir.c_str()
                                 << "(install libsource-highlight-common)";
                return false;
            }
            m_langMap = std::make_unique<srchilite::LangMap>(m_dataDir, "lang.map");
            m_langMap->open();
            m_langDefs = std::make_unique<srchilite::LangDefManager>(&m_ruleFactory);
            m_available = true;
        } catch (const std::exception& e) {
            qCWarning(lcGui) << "code highlighting off: cannot read" << m_dataDir.c_str() << "-" << e.what();
            m_langMap.reset();
        } catch (...) {
            qCWarning(lcGui) << "code highlighting off: cannot read" << m_dataDir.c_str();
            m_langMap.reset();
        }
        return m_available;
    }

    void warnOnce(const std::string& file, const char* what)
    {
        const QString key = QString::fromStdString(file);
        if (m_warned.contains(key))
            return;
        m_warned.insert(key);
        qCWarning(lcGui) << "code highlighting: shown plain," << file.c_str() << "failed:" << what;
    }

    Sink m_sink;
    std::unique_ptr<srchilite::FormatterManager> m_light;
    std::unique_ptr<srchilite::FormatterManager> m_dark;
    srchilite::RegexRuleFactory m_ruleFactory;
    std::unique_ptr<srchilite::LangMap> m_langMap;
    std::unique_ptr<srchilite::LangDefManager> m_langDefs;
    std::map<std::string, srchilite::HighlightStatePtr> m_states;
    QSet<QString> m_warned;
    std::string m_requestedDataDir;
    std::string m_dataDir;
    bool m_loaded = false;
    bool m_available = false;
};

// The fence's info string down to its language: first word, lower case, no braces.
QString tagOf(const QString& language)
{
    const QString trimmed = language.trimmed();
    qsizetype end = 0;
    while (end < trimmed.size() && !trimmed.at(end).isSpace() && trimmed.at(end) != u'{'
           && trimmed.at(end) != u',')
        ++end;
    return trimmed.left(end).toLower();
}

} // namespace

namespace CodeHighlighter {

QString toHtml(const QString& code, const QString& language, bool dark)
{
    if (code.isEmpty())
        return {};
    Engine& engine = Engine::instance();
    const std::string file = engine.langFile(tagOf(language));
    if (!file.empty()) {
        if (const std::optional<QString> html = engine.highlight(code, file, dark))
            return *html;
    }
    return code.toHtmlEscaped();
}

QString displayName(const QString& language)
{
    const QString tag = tagOf(language);
    if (tag.isEmpty())
        return QStringLiteral("text");
    for (const Alias& alias : kAliases) {
        if (tag == QLatin1String(alias.tag))
            return QString::fromLatin1(alias.display);
    }
    return language.trimmed().left(tag.size()); // as written
}

bool knows(const QString& language)
{
    return !Engine::instance().langFile(tagOf(language)).empty();
}

void setDataDirForTesting(const QString& dataDir)
{
    Engine::instance().setDataDir(dataDir);
}

} // namespace CodeHighlighter
