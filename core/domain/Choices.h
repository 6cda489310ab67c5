#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace casebook {

// A fixed list of choices as (plain English label, stored id) pairs, in the order a form offers them. The
// stored ids are the schema's CHECK values.
using ChoiceList = std::vector<std::pair<QString, QString>>;

// True when `id` is one of the stored ids in `choices`.
inline bool isChoice(const ChoiceList& choices, const QString& id)
{
    for (const auto& choice : choices) {
        if (choice.second == id) {
            return true;
        }
    }
    return false;
}

// The label for a stored id, or the id itself when it is not in the list.
inline QString choiceLabel(const ChoiceList& choices, const QString& id)
{
    for (const auto& choice : choices) {
        if (choice.second == id) {
            return choice.first;
        }
    }
    return id;
}

} // namespace casebook
