package dev.atrium.sandbox;

import java.util.Map;

/** What a client needs to connect to one simulator. */
public record SimulatorInfo(String tool, String baseUrl, Map<String, String> credentials) {

    public SimulatorInfo {
        credentials = Map.copyOf(credentials);
    }
}
