#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;
class QJsonValue;
class QNetworkRequest;
class QUrl;
struct ChatRequest;
struct ProviderPreset;

// Small pieces every adapter shares.
namespace AdapterCommon {

// baseUrl + "/" + path, without doubling slashes.
QUrl join(const QUrl& baseUrl, const QString& path);
// The base URL with its API version segment: unchanged when its path already ends in
// one of accepted, else with version appended. Lets a user give either convention,
// "https://api.anthropic.com" (the SDKs') or "https://api.anthropic.com/v1" (ours).
QUrl withVersion(const QUrl& baseUrl, const QString& version, const QStringList& accepted);
// Content-Type, Accept, User-Agent and the preset's own headers.
void setCommonHeaders(QNetworkRequest& request, const ProviderPreset& preset, const QByteArray& accept);
// A token count from a JSON value: none when absent, null, negative, or beyond 1e12.
std::optional<qint64> optInt(const QJsonValue& v);
// A JSON string as it is, a number as its shortest exact text, anything else empty: for
// fields sent either way (prices, error codes).
QString scalarText(const QJsonValue& v);
QStringList stringList(const QJsonValue& v);
// The preset's own body fields (OpenRouter's usage.include, stream_options, …), last.
void mergeExtraBody(QJsonObject& body, const ProviderPreset& preset);
// The system prompt: the request's, then any "system" messages of its history, joined by a
// blank line. Adapters skip "system" messages and send this in their provider's place.
QString systemPrompt(const ChatRequest& request);
// Sets body[a][b]… for the dotted path "a.b", keeping what the objects on the way hold.
void insertPath(QJsonObject& body, const QString& path, const QJsonValue& value);
// A GET with the common headers.
QNetworkRequest getRequest(const QUrl& url, const ProviderPreset& preset);

} // namespace AdapterCommon
