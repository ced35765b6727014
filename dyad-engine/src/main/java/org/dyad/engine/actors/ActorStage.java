package org.dyad.engine.actors;

import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.stage.Analysis;
import org.dyad.engine.stage.Key;
import org.dyad.engine.stage.Keys;
import org.dyad.engine.stage.Stage;

/**
 * The {@code actors} stage: the document's entities ({@link ActorResolver}), from its sentences. Asks for the
 * parse of a sentence with a verb that may name an actor: roles, appositions and subjects come from the parse.
 */
public final class ActorStage implements Stage {
  private final Dictionary dictionary;
  private final ActorResolver resolver;

  public ActorStage(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.resolver = new ActorResolver(dictionary);
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.SENTENCES);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.ENTITIES);
  }

  @Override
  public boolean needsParse(Sentence s) {
    return s.hasVerb() && dictionary.mayNameActor(s);
  }

  @Override
  public void process(Analysis a) {
    // A dateline the input gives apart from the text (a "dateline" field of a JSON record) places the story.
    Object dateline = a.document().metadata().get("dateline");
    // The outlet: an "outlet" field of the record, else the credit the text gives ("(UPI) -").
    Object outlet = a.document().metadata().get("outlet");
    a.put(Keys.ENTITIES, resolver.resolve(a.text(), a.document().title(), a.get(Keys.SENTENCES),
        a.document().date(), dateline instanceof String d ? d : null,
        outlet instanceof String o ? o : a.document().credit()).all());
  }
}
