package dev.atrium.engine.http.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Where an integration's tokens are kept between syncs, restarts and nodes (encrypted by the store). */
public interface TokenVault {

    Optional<ObjectNode> load();

    /** Saves durably: when this returns, a crash cannot lose what was saved. */
    void save(ObjectNode state);
}
