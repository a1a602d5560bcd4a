package dev.atrium.sandbox.paycor.model;

/** The documented {@code remoteStatus} vocabulary. */
public enum RemoteStatus {
    UNDEFINED("Undefined"), ON_SITE("OnSite"), FULLY_REMOTE("FullyRemote"), WFH_FLEXIBLE("WFHFlexible");

    private final String wire;

    RemoteStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
