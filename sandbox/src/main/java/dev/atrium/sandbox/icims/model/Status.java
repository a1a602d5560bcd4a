package dev.atrium.sandbox.icims.model;

/** A recruiting workflow status (a stage) and the bin that groups it (fact sheet A7.4). */
public record Status(ListNode node, ListNode bin) {

    public String id() {
        return node.id();
    }
}
