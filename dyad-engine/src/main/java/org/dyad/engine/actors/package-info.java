/**
 * Actors: mentions of people, countries, organisations, places and groups, grouped into entities, each with
 * a canonical name, type, country (ISO 3166-1 alpha-3) and where that country came from, role and CAMEO-style
 * actor code.
 *
 * <p>{@link org.dyad.engine.actors.ActorResolver} is the stage; one {@code Run} resolves one document, with a
 * class per job: {@code Matches} (dictionary phrases and NER spans), {@code People} (named people, their
 * dictionary entries), {@code Titles} (the title grammar), {@code Organizations} (named and dictionary
 * organisations, places), {@code UnnamedActors} ("a Japanese foreign ministry official", "the ministry"),
 * {@code BodyNames} (one body however named), {@code PartyGroups} ("Senate Democrats"), {@code Descriptions}
 * ("the foreign minister" before or after the name), {@link org.dyad.engine.actors.Coreference} (pronouns and
 * "it").
 *
 * <p>The data, in this package's resources, each file with its source and licence in its header:
 * {@code countries.tsv}, {@code organizations.tsv}, {@code roles.tsv} (offices, bodies, envoys and modifiers
 * with their CAMEO sectors), {@code people.tsv} and {@code leaders.tsv} (written for dyad), and the files
 * converted from PETRARCH's Phoenix dictionaries by {@code scripts/phoenix/convert.py}:
 * {@code phoenix-people.tsv} (people with dated codes), {@code phoenix-organizations.tsv},
 * {@code phoenix-places.tsv} and {@code phoenix-agents.tsv}. The project's own files win over the converted
 * ones; all are hash maps built once per engine.
 *
 * <p>What the text says wins over what the dictionaries know: a nationality in a title over a person's entry,
 * a title's office ("former President") over the office the entry gives for the document's date. A domestic
 * office or body the text gives no country ("Finance Minister X", "Treasury officials", "the Foreign
 * Ministry") takes the country of the story's dateline, else of its outlet when the story names the outlet's
 * country, else of the country the story and its headline name most, else, of two countries named alike, of the
 * one whose state offices the text never marks with a nation
 * ("the Indian government" marks the other side); {@link org.dyad.model.CountrySource} marks such a country as
 * inferred; but an office holder coordinated with one whose title names a nation ("U.S. Secretary of State X and
 * National Security Advisor Y") shares that nation, and a body named like one of another country ("South Korea's
 * Foreign Ministry" after Japan's) is another body. "The House", "the Diet", "the Assembly" are the story's
 * legislature only so written, bare and with their capital. A document that speaks for its issuer ("the
 * statement said") is such a body when it names no issuer, and no actor when it does ("a statement by X": X is).
 *
 * <p>Hints, tips and traps: the NER tags "Japan-South Korea" as one location; the dictionaries split it. A
 * dictionary alias written in capitals or with dots ({@code US}, {@code U.S.}, {@code UN}) matches only in
 * that case, so the pronoun "us" is not the United States; in an all-capitals text (wire headlines) they
 * still match. A one-word Phoenix phrase (a province, a firm) matches only where the NER saw a name, and
 * Phoenix's one-word aliases that are no acronyms are left out ("Falcon" is not an Iranian group). A person's
 * dictionary country is a nationality: after the last dated office the person is a former office holder
 * (ELI), before the first only of their country.
 */
@NullMarked
package org.dyad.engine.actors;

import org.jspecify.annotations.NullMarked;
