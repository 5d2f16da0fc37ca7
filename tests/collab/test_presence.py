"""Presence: everyone here has a colour of their own, the same on every screen."""

from __future__ import annotations

from pycrdt import Doc

from blueprint.collab.presence import COLOURS, Presence, colours_for


def test_people_whose_ids_point_at_one_colour_still_get_different_colours() -> None:
    people = [(n * len(COLOURS) + 3, float(n)) for n in range(len(COLOURS))]  # all point at colour 3
    colours = colours_for(people)
    assert len(set(colours.values())) == len(COLOURS)
    assert colours[3] == COLOURS[3]  # the first to join has the colour its id points at
    assert colours_for(list(reversed(people))) == colours  # every screen, whatever order it heard them in


def test_someone_keeps_their_colour_when_others_come_and_go_after_them() -> None:
    first, second = (11, 100.0), (3, 200.0)  # 11 % 8 == 3
    before = colours_for([first, second])
    assert before[11] != before[3]
    with_newcomer = colours_for([first, second, (19, 300.0)])  # a third person pointing at the same colour
    assert with_newcomer[11] == before[11] and with_newcomer[3] == before[3]
    assert len(set(with_newcomer.values())) == 3
    assert colours_for([second])[3] == COLOURS[3]  # alone again: their own colour back


def _exchange(*people: Presence) -> None:
    for sender in people:
        for receiver in people:
            if receiver is not sender:
                receiver.handle(sender.message())


def test_two_people_see_the_same_two_different_colours() -> None:
    anna = Presence(Doc(client_id=8 * 1000 + 5), "Anna")
    ben = Presence(Doc(client_id=8 * 2000 + 5), "Ben")  # both ids point at colour 5
    _exchange(anna, ben)
    assert anna.colour != ben.colour
    assert [p.colour for p in anna.others()] == [ben.colour]
    assert [p.colour for p in ben.others()] == [anna.colour]
