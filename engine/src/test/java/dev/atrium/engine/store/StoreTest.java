package dev.atrium.engine.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/** A store test, run once on every {@link StoreBackend}; it (and its @BeforeEach) may take a {@link StoreFixture}. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(StoreBackend.EachBackend.class)
@interface StoreTest {
}
