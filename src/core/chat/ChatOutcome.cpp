#include "ChatOutcome.h"

QString requestStatusName(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Done: return QStringLiteral("done");
    case RequestStatus::Error: return QStringLiteral("error");
    case RequestStatus::Cancelled: return QStringLiteral("cancelled");
    case RequestStatus::Timeout: return QStringLiteral("timeout");
    case RequestStatus::Truncated: return QStringLiteral("truncated");
    }
    return QStringLiteral("error");
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return {};
    case ErrorKind::MissingKey: return QStringLiteral("missing_key");
    case ErrorKind::KeychainUnavailable: return QStringLiteral("keychain_unavailable");
    case ErrorKind::BadRequest: return QStringLiteral("bad_request");
    case ErrorKind::Auth: return QStringLiteral("auth");
    case ErrorKind::Forbidden: return QStringLiteral("forbidden");
    case ErrorKind::Moderation: return QStringLiteral("moderation");
    case ErrorKind::Billing: return QStringLiteral("billing");
    case ErrorKind::NotFound: return QStringLiteral("not_found");
    case ErrorKind::RateLimit: return QStringLiteral("rate_limit");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::Server: return QStringLiteral("server");
    case ErrorKind::Network: return QStringLiteral("network");
    case ErrorKind::Provider: return QStringLiteral("provider");
    case ErrorKind::Truncated: return QStringLiteral("truncated");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Protocol: return QStringLiteral("protocol");
    }
    return QStringLiteral("unknown");
}

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return 0;
    case ErrorKind::MissingKey:
    case ErrorKind::Auth:
    case ErrorKind::Forbidden: return 3;
    case ErrorKind::KeychainUnavailable: return 5;
    default: return 4;
    }
}
