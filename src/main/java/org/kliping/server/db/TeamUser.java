package org.kliping.server.db;

/** A user of the team archive. Roles: {@code admin} (everything, users), {@code editor} (writes), {@code reader}. */
public record TeamUser(long id, String name, String role) {
    public static final java.util.List<String> ROLES = java.util.List.of("admin", "editor", "reader");

    public boolean canWrite() {
        return role.equals("admin") || role.equals("editor");
    }

    public boolean isAdmin() {
        return role.equals("admin");
    }
}
