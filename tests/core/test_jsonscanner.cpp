#include "TestEnv.h"
#include "net/JsonScanner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestJsonScanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stringsDecodeLikeQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("literal");
        QTest::newRow("plain") << QByteArray("\"hello\"");
        QTest::newRow("utf-8") << QByteArray("\"空が青い é 🌍\"");
        QTest::newRow("escapes") << QByteArray("\"a\\\"b\\\\c\\/d\\n\\r\\t\\b\\f\"");
        QTest::newRow("unicode escape") << QByteArray("\"caf\\u00e9 \\u7a7a\"");
        QTest::newRow("surrogate pair") << QByteArray("\"\\ud83c\\udf0d earth\"");
        QTest::newRow("escaped quote at end") << QByteArray("\"ends with \\\"\"");
        QTest::newRow("backslash before quote") << QByteArray("\"dir\\\\\"");
        QTest::newRow("empty") << QByteArray("\"\"");
    }
    void stringsDecodeLikeQJsonDocument()
    {
        QFETCH(QByteArray, literal);
        const QString expected = QJsonDocument::fromJson("{\"v\":" + literal + "}").object().value(QLatin1String("v")).toString();
        JsonScanner s(literal);
        QString got;
        QVERIFY(s.readString(&got));
        QVERIFY(s.ok());
        QVERIFY(s.atEnd());
        QCOMPARE(got, expected);
    }

    void decodesANullViewAsEmpty()
    {
        // Found by fuzz_stream_parser: a chunk without "id" left a null view to decode.
        QString out = QStringLiteral("x");
        QVERIFY(JsonScanner::decodeString(QByteArrayView(), &out));
        QVERIFY(out.isEmpty());
    }

    void walksObjectsAndSkipsTheRest()
    {
        const QByteArray json = "{\"a\":1,\"skip\":{\"x\":[1,{\"y\":\"}\"}],\"z\":\"]\"},\"b\":\"two\",\"c\":[true,false,null],\"d\":null,\"e\":-1.5e3}";
        JsonScanner s(json);
        QVERIFY(s.enterObject());
        QByteArrayView key;
        QStringList seen;
        QString b;
        while (s.nextKey(&key)) {
            seen.append(QString::fromLatin1(key.toByteArray()));
            if (key == "b")
                QVERIFY(s.readString(&b));
            else if (key == "d")
                QVERIFY(s.readNull());
            else if (key == "skip")
                QCOMPARE(s.valueSpan(), QByteArrayView("{\"x\":[1,{\"y\":\"}\"}],\"z\":\"]\"}"));
            else
                QVERIFY(s.skipValue());
        }
        QVERIFY(s.ok());
        QVERIFY(s.atEnd());
        QCOMPARE(seen.join(u','), QStringLiteral("a,skip,b,c,d,e"));
        QCOMPARE(b, QStringLiteral("two"));
    }

    void malformedInputIsNotOk_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("unterminated string") << QByteArray("{\"a\":\"oops");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}");
        QTest::newRow("missing comma") << QByteArray("{\"a\":1 \"b\":2}");
        QTest::newRow("unterminated object") << QByteArray("{\"a\":{\"b\":1}");
        QTest::newRow("bad escape") << QByteArray("{\"a\":\"\\q\"}");
        QTest::newRow("not an object") << QByteArray("[1,2]");
    }
    void malformedInputIsNotOk()
    {
        QFETCH(QByteArray, json);
        JsonScanner s(json);
        bool walked = s.enterObject();
        QByteArrayView key;
        while (walked && s.nextKey(&key)) {
            if (s.peek() == '"') {
                QString v;
                s.readString(&v);
            } else {
                s.skipValue();
            }
        }
        QVERIFY(!s.ok() || !s.atEnd());
    }
};

SWITCHYARD_TEST_MAIN(TestJsonScanner, QCoreApplication)
#include "test_jsonscanner.moc"
