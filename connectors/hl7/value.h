#pragma once

#include <QString>

namespace Ambulo::Hl7 {

// What a path finds. HL7 tells apart an element that is not there at all (Absent), one whose
// delimiters are there but nothing between them (Empty: "leave as is"), and the explicit null `""`
// (Null: "delete the stored value"). Receivers act differently on each, so they stay distinct.
class Value
{
public:
    enum class State { Absent, Empty, Null, Valued };

    Value() = default;
    static Value absent() { return {}; }
    static Value empty() { return Value(State::Empty, {}); }
    static Value null() { return Value(State::Null, {}); }
    static Value valued(QString text)
    {
        return text.isEmpty() ? empty() : Value(State::Valued, std::move(text));
    }

    State state() const { return m_state; }
    bool isAbsent() const { return m_state == State::Absent; }
    bool isNull() const { return m_state == State::Null; }
    bool isPresent() const { return m_state != State::Absent; }
    // The unescaped text; empty for Absent, Empty and Null.
    const QString &text() const { return m_text; }

    friend bool operator==(const Value &a, const Value &b)
    {
        return a.m_state == b.m_state && a.m_text == b.m_text;
    }

private:
    Value(State state, QString text)
        : m_state(state)
        , m_text(std::move(text))
    {}

    State m_state = State::Absent;
    QString m_text;
};

} // namespace Ambulo::Hl7
