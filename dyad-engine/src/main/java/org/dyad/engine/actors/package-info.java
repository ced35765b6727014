/**
 * Actors: mentions of people, countries, organisations, places and groups, grouped into entities, each with
 * a canonical name, type, country (ISO 3166-1 alpha-3), role and CAMEO-style actor code.
 *
 * <p>Mentions come from three sources, in this order of trust: the dictionaries shipped as data in this
 * package's resources ({@code countries.tsv}, {@code organizations.tsv}, {@code roles.tsv}), the CoreNLP
 * 3-class NER, and grammar (a role noun with a national modifier, "a Japanese foreign ministry official", is
 * an unnamed actor). Titles before a name ("South Korean President") and appositions after it ("Shin-wha Lee,
 * a professor ... at Korea University") give a person's role and country. Pronouns (he, she, his, her) join
 * the person they refer to ({@link org.dyad.engine.actors.Coreference}).
 *
 * <p>Hints, tips and traps: the NER tags "Japan-South Korea" as one location; the dictionaries split it. A
 * dictionary alias written in capitals or with dots ({@code US}, {@code U.S.}, {@code UN}) matches only in
 * that case, so the pronoun "us" is not the United States; in an all-capitals text (wire headlines) they
 * still match.
 */
@NullMarked
package org.dyad.engine.actors;

import org.jspecify.annotations.NullMarked;
