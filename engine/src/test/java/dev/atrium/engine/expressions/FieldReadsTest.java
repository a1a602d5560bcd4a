package dev.atrium.engine.expressions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which input fields a transform may read, as integration field types are decided from it. */
class FieldReadsTest {

    private static FieldReads of(String source) {
        return FieldReads.of(Expression.compile(source));
    }

    @Test
    void namedFieldsAreReadWhereverTheyAppear() {
        FieldReads reads = of("""
                {
                  "remote_id": id,
                  "name": `full name`,
                  "city": address.city,
                  "job_id": $id("jobs", $position.id),
                  "created": $datetime(created_at),
                  "title": blocks.(heading)
                }
                """);
        assertFalse(reads.anyField());
        for (String field : new String[] {"id", "full name", "address", "city", "created_at", "blocks", "heading"}) {
            assertTrue(reads.reads(field), field);
        }
        assertFalse(reads.reads("shirt_size"));
        assertFalse(reads.reads("position"), "a variable is not a field of the input");
    }

    @Test
    void aPathFromTheContextReadsOnlyWhatItNames() {
        FieldReads reads = of("{ \"remote_id\": $.id, \"root\": $$.name }");
        assertFalse(reads.anyField());
        assertTrue(reads.reads("id"));
        assertFalse(reads.reads("other"));
    }

    @Test
    void handingTheInputOnWholeOrWalkingItMayReadAnyField() {
        for (String source : new String[] {"{ \"remote_id\": id, \"all\": $ }", "$merge([$, { \"remote_id\": id }])",
                "{ \"remote_id\": id, \"keys\": $keys($$) }", "{ \"remote_id\": id, \"any\": * }",
                "{ \"remote_id\": id, \"deep\": **.value }", "($record := $; { \"all\": $string($record) })",
                "($root := $$; { \"keys\": $keys($root) })"}) {
            FieldReads reads = of(source);
            assertTrue(reads.anyField(), source);
            assertTrue(reads.reads("anything at all"), source);
        }
    }

    @Test
    void theItemAtHandInsideAPathStepFilterOrSortIsNotTheInput() {
        for (String source : new String[] {"items.{ \"copy\": $ }", "[a, b][$exists(id)].{ \"whole\": $ }",
                "list[$ = 3]", "($job := $; $distinct([a, b].id).($user := $; { \"r\": $job.id & $string($user) }))",
                "($record := $; { \"remote_id\": $record.id })"}) {
            FieldReads reads = of(source);
            assertFalse(reads.anyField(), source);
            assertFalse(reads.reads("unnamed"), source);
        }
        assertTrue(of("($job := $; $distinct([a, b].id).($user := $; $job.id))").reads("a"));
    }

    @Test
    void aUnionReadsWhatEitherReads() {
        FieldReads union = FieldReads.NONE.and(of("{ \"remote_id\": id }")).and(of("{ \"x\": other }"));
        assertTrue(union.reads("id") && union.reads("other"));
        assertFalse(union.reads("third"));
        assertTrue(union.and(of("$")).reads("third"));
    }
}
