/**
 * The shared kernel of Desk Pilkada: user accounts and roles, event contracts and the event backbone.
 * Sub-packages: {@code events} (contracts and ports), {@code messaging} (outbox, relay, inbox, broker),
 * {@code domain}, {@code application} (start-up and account services), {@code persistence} (migrations),
 * {@code document} (printed documents: XHTML to PDF, QR codes, the official page).
 */
package id.deskpilkada.platform;
