#include "core/store/isotime.h"

namespace Ambulo::Core {

namespace {

constexpr qint64 MsPerDay = 86'400'000;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

struct Civil
{
    qint64 year;
    int month;
    int day;
};

// Days since 1970-01-01 to a proleptic Gregorian date (the usual era arithmetic: 400-year
// eras of 146,097 days, years counted from March so the leap day comes last).
Civil civilFromDays(qint64 days)
{
    days += 719'468; // 0000-03-01 to 1970-01-01
    const qint64 era = floorDiv(days, 146'097);
    const qint64 dayOfEra = days - era * 146'097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthFromMarch = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    const int month = int(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    return {yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

void digits(char16_t *&out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

} // namespace

QString isoUtcMs(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const qint64 ms = at.toMSecsSinceEpoch();
    const qint64 days = floorDiv(ms, MsPerDay);
    const qint64 inDay = ms - days * MsPerDay;
    const Civil date = civilFromDays(days);
    if (date.year < 1 || date.year > 9999)
        return at.toUTC().toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    digits(out, date.year, 4);
    *out++ = u'-';
    digits(out, date.month, 2);
    *out++ = u'-';
    digits(out, date.day, 2);
    *out++ = u'T';
    digits(out, inDay / 3'600'000, 2);
    *out++ = u':';
    digits(out, inDay / 60'000 % 60, 2);
    *out++ = u':';
    digits(out, inDay / 1000 % 60, 2);
    *out++ = u'.';
    digits(out, inDay % 1000, 3);
    *out = u'Z';
    return text;
}

} // namespace Ambulo::Core
