#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Incremental newline-delimited JSON: complete lines out, whatever the pieces in.
// Blank lines are skipped; a last line without its newline counts at finish().
class NdjsonDecoder final {
public:
    void feed(QByteArrayView bytes, QList<QByteArray>& lines);
    void finish(QList<QByteArray>& lines);

private:
    QByteArray m_pending;
};
