#pragma once

#include <functional>
#include <utility>
#include <variant>

namespace paydesk {

struct ApiError;

// A value or the error that prevented it. Results are delivered once, to a callback, on the
// thread that started the call.
template <typename T, typename E = ApiError>
class Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(E error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    const T &value() const { return std::get<0>(m_state); }
    T &value() { return std::get<0>(m_state); }
    const E &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

template <typename T, typename E = ApiError>
using Callback = std::function<void(const Result<T, E> &)>;

} // namespace paydesk
