#include "CliIo.h"

#include <QByteArray>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace CliIo {

void out(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

bool write(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
}

bool flush()
{
    return std::fflush(stdout) == 0;
}

void err(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

bool stdoutIsTerminal()
{
    return isatty(STDOUT_FILENO) == 1;
}

QString readAllStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll());
}

QString readSecretFromStdin(const QString& prompt)
{
    if (!stdinIsTerminal())
        return readAllStdin().trimmed();
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(char(c));
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputc('\n', stderr);
    const QString key = QString::fromUtf8(line).trimmed();
    line.fill('\0');
    return key;
}

QString table(const QList<Column>& columns, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const Column& c : columns)
        widths.append(int(c.name.size()));
    for (const QStringList& r : rows) {
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(r[i].size()));
    }
    auto line = [&](const QStringList& cells) -> QString {
        QStringList padded;
        for (int i = 0; i < cells.size() && i < columns.size(); ++i)
            padded.append(columns[i].number ? cells[i].rightJustified(widths[i]) : cells[i].leftJustified(widths[i]));
        return padded.join(QStringLiteral("  ")).trimmed() + u'\n';
    };
    QStringList header;
    for (const Column& c : columns)
        header.append(c.name);
    QString text = line(header);
    for (const QStringList& r : rows)
        text += line(r);
    return text;
}

} // namespace CliIo
