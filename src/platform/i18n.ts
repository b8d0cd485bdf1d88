import type { ErrorCode, ErrorParams } from './errors.ts';

export const locales = ['en', 'sv'] as const;
export type Locale = (typeof locales)[number];

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

/** Picks the first supported language from an Accept-Language header, else the fallback. */
export function negotiateLocale(acceptLanguage: string | undefined, fallback: Locale): Locale {
  if (!acceptLanguage) return fallback;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return fallback;
}

type Catalog = Record<ErrorCode, string>;

const errorMessages: Record<Locale, Catalog> = {
  en: {
    validation_failed: 'Some of the information sent is not valid. See details.',
    bad_request: 'The request is malformed (its address or headers could not be read).',
    invalid_json: 'The request body is not valid JSON.',
    idempotency_key_invalid: 'The Idempotency-Key header must be 8 to 255 visible characters.',
    invalid_reset_token: 'This password reset link is invalid or has expired. Ask for a new one.',
    invalid_signature: 'The webhook signature is missing or does not match.',
    malformed_event: 'The webhook event is not shaped like a Stripe event.',
    unauthenticated: 'Please sign in first.',
    invalid_credentials: 'The email or password is wrong.',
    forbidden: 'You do not have access to this.',
    csrf_failed: 'The request is missing its security token. Reload the page and try again.',
    invalid_api_key: 'The API key is not valid: it is unknown, malformed or revoked.',
    insufficient_scope: 'This API key may not do this: it lacks the scope the route needs.',
    api_key_not_allowed: 'This needs a signed-in person, not an API key.',
    api_key_not_found: 'This API key does not exist.',
    not_found: 'Not found.',
    route_not_found: 'There is no such endpoint.',
    organisation_not_found: 'There is no such organisation.',
    class_not_found: 'This class does not exist.',
    booking_not_found: 'This booking does not exist.',
    customer_not_found: 'This customer does not exist.',
    user_not_found: 'This user does not exist.',
    invalid_email_change_token:
      'This confirmation link is invalid, used or expired. Ask for a new one from your profile.',
    wrong_password: 'The current password is wrong.',
    email_unchanged: 'This is already your email address.',
    account_not_deletable: 'A staff account cannot be deleted here. Ask an admin to make it a customer account first.',
    account_has_unpaid: 'Something is still unpaid ({count}). Pay it, or contact us, before deleting your data.',
    booking_of_account:
      'This booking belongs to an account. Sign in to download your data or delete the account from your account page.',
    guest_link_invalid:
      'This link does not add bookings to the account you are signed in to: it was used already, or is for another account. Ask for a new one from My bookings.',
    guest_link_merge_refused:
      'Your earlier bookings could not be added by themselves (the same class is booked twice, or you are on the same waitlist twice). Contact us and we will join them.',
    invitation_invalid:
      'This invitation link is unknown, already used, withdrawn or expired. Ask whoever invited you for a new one.',
    invitation_not_found: 'There is no open invitation with this id.',
    invitation_sign_in: 'An account with this address exists. Sign in to it to accept the invitation.',
    invitation_other_account:
      'This invitation is for {email}. Sign out, then open the link again and sign in as that address.',
    already_on_team: '{email} is on the team already. Change the role in the list instead.',
    data_link_invalid:
      "This link to your data is unknown or has expired (it works the day it is sent and the next). Ask for a new one from your booking's page.",
    job_not_retryable: 'There is no dead or cancelled job with this id.',
    job_overtaken:
      'A later message about the same booking has already gone out. Sent now, this one would arrive after it, so it is not sent again.',
    job_not_dismissible: 'There is no failed job with this id.',
    payment_not_found: 'This payment does not exist.',
    location_not_found: 'This location does not exist.',
    provider_not_found: 'This provider does not exist.',
    service_not_found: 'This service does not exist.',
    method_not_allowed: 'This method is not allowed here.',
    request_timeout: 'The request took too long to arrive.',
    email_taken: 'An account with this email already exists. Sign in instead.',
    capacity_full: 'Sorry, this class is full.',
    hold_not_found: 'This hold does not exist. Choose a time again.',
    invoice_not_found: 'This invoice does not exist.',
    invoice_exists: 'This booking already has an invoice. Credit it first to issue a new one.',
    invoice_already_credited: 'This invoice has already been credited.',
    credit_note_not_creditable: 'A credit note cannot itself be credited.',
    nothing_to_invoice: 'There is nothing to invoice: the amount is zero.',
    // Paying what is due (issue 11)
    invoice_paid: 'This invoice is already paid.',
    invoice_void: 'This invoice has been cancelled or credited; there is nothing to pay.',
    nothing_due: 'There is nothing to pay on this booking now.',
    amount_mismatch: 'The amount due has changed. Check the new amount and try again.',
    invalid_image: 'The image cannot be used. Upload a PNG or JPEG of at most 45 000 bytes.',
    promo_not_found: 'There is no such promo code.',
    tax_rate_not_found: 'This tax rate does not exist.',
    slot_taken: 'Sorry, someone else just booked this time. Please choose another.',
    hold_expired: 'The time held for you ran out. Please choose a time again.',
    reschedule_closed: 'This booking can no longer be moved online. Please contact us.',
    class_currency_differs:
      'That class is priced in another currency, so the booking cannot move to it. Book it on its own.',
    provider_not_offering: 'This provider does not offer this service.',
    slot_unavailable: 'This is not a bookable time for this service. Choose one of the offered times.',
    start_in_past: 'This time has already passed.',
    too_soon: 'This service must be booked at least {minutes} minutes ahead.',
    too_far_ahead: 'This service can be booked at most {days} days ahead.',
    address_required: 'This service happens at your address: please give the address.',
    wrong_booking_kind: 'This cannot be done with this kind of booking.',
    out_of_service_area: 'Sorry, this address is outside the area we travel to.',
    address_not_placed:
      'We could not find this address on the map, so we cannot price the travel. Check it, or give the postcode or a map pin.',
    class_type_not_found: 'This class type does not exist.',
    package_not_found: 'This package does not exist or is no longer sold.',
    insufficient_credits: 'You do not have enough credits: {needed} needed, {balance} available.',
    credits_not_applicable: 'Your credits cannot pay for this booking.',
    invalid_transition: 'The booking is no longer in a state that allows this.',
    promo_exhausted: 'This promo code has been used up.',
    price_changed: 'The price has changed since it was shown. See the new price and confirm again.',
    tax_rate_in_use: 'Services, classes or the organisation still use this tax rate. Choose another for them first.',
    class_cancelled: 'This class has been cancelled.',
    class_started: 'This class has already started, so it can no longer be booked or changed.',
    class_has_bookings:
      'This class has {count} {count:booking|bookings} and cannot be deleted. Cancel the class instead: the customers are told and their spots released.',
    capacity_below_booked:
      'The class already has {taken} {taken:spot|spots} booked, so it cannot have fewer than that.',
    cancellation_deadline_passed:
      'Bookings can be cancelled up to {hours} {hours:hour|hours} before the class starts. Contact us if you cannot come.',
    booking_cancelled: 'This booking has been cancelled.',
    booking_not_started:
      'This booking has not started yet, so it cannot be marked completed or a no-show. Check the customer in instead.',
    payment_not_succeeded: 'The payment has not gone through (yet).',
    payment_method_mismatch: 'This cannot be done with this payment method.',
    refund_exceeds_payment: 'That is more than can be refunded: {refundable} (in minor units of {currency}) is left.',
    problem_resolved: 'This payment has already been dealt with.',
    already_booked: 'The customer already has a booking in this class.',
    booking_has_payment:
      'This booking has a payment and cannot be deleted. Cancel it instead, and refund the payment if it should be returned.',
    location_in_use: 'Services, classes or opening hours still use this location. Move them elsewhere first.',
    provider_in_use: 'Bookings name this provider, so it is kept for their history. Deactivate the provider instead.',
    service_in_use: 'This service has bookings, so it is kept for their history. Deactivate the service instead.',
    schedule_overlap: 'Two opening hours on the same day overlap. Make each interval end before the next one starts.',
    provider_account_taken: 'This account is already linked to another provider.',
    provider_account_not_staff: 'A provider can only be linked to a staff or admin account of this organisation.',
    payment_method_unavailable: 'This payment method is not offered here.',
    // cards
    saved_card_requires_account: 'Sign in to pay with a saved card.',
    card_not_found: 'This card is not among your saved cards.',
    card_declined: 'Your card was declined. Nothing was booked or charged; try another card.',
    // end cards
    // money
    reschedule_payment_pending:
      'The new time costs less than the payment still on its way. Pay first, then move the booking; or choose a time at the same price.',
    reschedule_refund_by_hand:
      'The new time costs less, and part of a Swish or bank transfer payment cannot be given back online. Please contact us to move the booking.',
    postcode_not_in_address: 'The postcode is not the one in the address. Check the address and the postcode.',
    instructor_busy:
      'The instructor has an appointment or another class at that time. Choose another time or instructor.',
    reschedule_needs_payment:
      'The new time costs more, and the price is paid when booking. Cancel this booking and book the new time instead, or contact us to move it.',
    // end money
    payment_provider_unavailable: 'The card payment service did not answer. No money was taken; please try again.',
    payments_disabled: 'Card payments are not available right now. Choose another way to pay.',
    payload_too_large: 'The request is too large.',
    uri_too_long: 'The address or one of its parts is too long.',
    unsupported_media_type: 'Send the request body as application/json.',
    idempotency_key_in_use: 'A request with this Idempotency-Key is still being processed. Try again shortly.',
    spots_limit_exceeded: 'You can book at most {max} {max:spot|spots} in this class.',
    promo_expired: 'This promo code is not valid at this time.',
    promo_not_applicable: 'This promo code cannot be used for this booking.',
    idempotency_key_reused: 'This Idempotency-Key was already used for a different request.',
    last_admin: 'The organisation must keep at least one admin.',
    rate_limited: 'Too many requests. Wait a moment and try again.',
    too_many_holds:
      'You are already holding {max} spots or times. Book them, or let one go (choose another time), and try again.',
    headers_too_large: 'The request address or headers are too large.',
    internal_error: 'Something went wrong on our side. Please try again.',
    busy: 'We are very busy right now. Please try again in a moment.',
    database_unavailable: 'The database is not reachable.',
    shutting_down: 'This server is shutting down. Try again in a moment: the next try reaches one that is running.',
    // loyalty
    reward_not_found: 'The reward does not exist.',
    redemption_not_found: 'The redemption does not exist.',
    insufficient_points: 'You do not have enough points: {needed} needed, {balance} available.',
    reward_out_of_stock: 'This reward is out of stock.',
    reward_inactive: 'This reward is no longer offered.',
    loyalty_disabled: 'Loyalty points are not offered here.',
    reward_in_use: 'The reward has been redeemed and cannot be deleted. Deactivate it instead.',
    redemption_not_pending: 'The redemption is no longer pending.',
    waitlist_entry_not_found: 'This waitlist place does not exist. Check the link in your mail.',
    waitlist_class_has_room: 'This class has room: book it instead of joining the waitlist.',
    already_on_waitlist: 'You are already on the waitlist for this class.',
    waitlist_offer_not_open: 'There is no spot offered to you in this class right now.',
    waitlist_offer_expired: 'The time to claim this spot has run out; it went to the next in line.',
    // roster
    attendance_final: 'The class has ended: its attendance can no longer be undone.',
    roster_empty: 'Nobody is booked in this class, so there is nobody to send to.',
    roster_message_limit: 'This class has had {max} messages in the last hour. Wait a while before sending another.',
    webhook_delivery_not_found: 'This webhook delivery does not exist.',
    webhook_delivery_not_failed: 'Only a failed delivery can be retried; this one is pending or delivered.',
    // platform
    organisation_exists: 'An organisation with this slug already exists.',
    // recurring
    series_not_found: 'No such series.',
    template_not_found: 'No such class template.',
    class_not_in_series: 'This class is not part of a series.',
    series_empty: 'The pattern gives no class between those dates.',
    series_too_long: 'A series can have at most {max} classes within two years.',
  },
  sv: {
    validation_failed: 'En del av uppgifterna är inte giltiga. Se detaljerna.',
    bad_request: 'Förfrågan är felformad (adressen eller rubrikerna gick inte att läsa).',
    invalid_json: 'Förfrågan är inte giltig JSON.',
    idempotency_key_invalid: 'Rubriken Idempotency-Key måste vara 8 till 255 synliga tecken.',
    invalid_reset_token: 'Länken för att återställa lösenordet är ogiltig eller har gått ut. Be om en ny.',
    invalid_signature: 'Webhookens signatur saknas eller stämmer inte.',
    malformed_event: 'Webhookens händelse har inte formen av en händelse från Stripe.',
    unauthenticated: 'Logga in först.',
    invalid_credentials: 'Fel e-postadress eller lösenord.',
    forbidden: 'Du har inte behörighet till detta.',
    csrf_failed: 'Förfrågan saknar sin säkerhetstoken. Ladda om sidan och försök igen.',
    invalid_api_key: 'API-nyckeln gäller inte: den är okänd, felaktig eller återkallad.',
    insufficient_scope: 'Den här API-nyckeln får inte göra detta: den saknar behörigheten som krävs.',
    api_key_not_allowed: 'Det här kräver en inloggad person, inte en API-nyckel.',
    api_key_not_found: 'API-nyckeln finns inte.',
    not_found: 'Hittades inte.',
    route_not_found: 'Den adressen finns inte.',
    organisation_not_found: 'Organisationen finns inte.',
    class_not_found: 'Passet finns inte.',
    booking_not_found: 'Bokningen finns inte.',
    customer_not_found: 'Kunden finns inte.',
    user_not_found: 'Användaren finns inte.',
    invalid_email_change_token:
      'Bekräftelselänken är ogiltig, redan använd eller för gammal. Be om en ny från din profil.',
    wrong_password: 'Det nuvarande lösenordet är fel.',
    email_unchanged: 'Det är redan din e-postadress.',
    account_not_deletable:
      'Ett personalkonto kan inte raderas här. Be en administratör göra det till ett kundkonto först.',
    account_has_unpaid:
      'Något är fortfarande obetalt ({count}). Betala det, eller kontakta oss, innan du raderar dina uppgifter.',
    booking_of_account:
      'Bokningen hör till ett konto. Logga in för att ladda ner dina uppgifter eller radera kontot från kontosidan.',
    guest_link_invalid:
      'Länken lägger inte till bokningar i kontot du är inloggad på: den är redan använd eller gäller ett annat konto. Be om en ny under Mina bokningar.',
    guest_link_merge_refused:
      'Dina tidigare bokningar kunde inte läggas till automatiskt (samma pass är bokat två gånger, eller du står två gånger på samma väntelista). Kontakta oss så slår vi ihop dem.',
    invitation_invalid:
      'Inbjudningslänken är okänd, redan använd, återkallad eller för gammal. Be den som bjöd in dig om en ny.',
    invitation_not_found: 'Det finns ingen öppen inbjudan med detta id.',
    invitation_sign_in: 'Det finns ett konto med den adressen. Logga in på det för att tacka ja till inbjudan.',
    invitation_other_account: 'Inbjudan gäller {email}. Logga ut, öppna länken igen och logga in med den adressen.',
    already_on_team: '{email} är redan med i teamet. Ändra rollen i listan i stället.',
    data_link_invalid:
      'Länken till dina uppgifter är okänd eller för gammal (den fungerar dagen den skickas och dagen efter). Be om en ny från din boknings sida.',
    job_not_retryable: 'Det finns inget misslyckat eller avbrutet jobb med detta id.',
    job_overtaken:
      'Ett senare meddelande om samma bokning har redan skickats. Skickat nu skulle detta komma efter det, så det skickas inte igen.',
    job_not_dismissible: 'Det finns inget misslyckat jobb med detta id.',
    payment_not_found: 'Betalningen finns inte.',
    location_not_found: 'Platsen finns inte.',
    provider_not_found: 'Utföraren finns inte.',
    service_not_found: 'Tjänsten finns inte.',
    method_not_allowed: 'Metoden är inte tillåten här.',
    request_timeout: 'Förfrågan tog för lång tid att komma fram.',
    email_taken: 'Det finns redan ett konto med den e-postadressen. Logga in i stället.',
    capacity_full: 'Tyvärr, passet är fullbokat.',
    hold_not_found: 'Reservationen finns inte. Välj en tid igen.',
    invoice_not_found: 'Fakturan finns inte.',
    invoice_exists: 'Bokningen har redan en faktura. Kreditera den först för att utfärda en ny.',
    invoice_already_credited: 'Fakturan är redan krediterad.',
    credit_note_not_creditable: 'En kreditfaktura kan inte i sin tur krediteras.',
    nothing_to_invoice: 'Det finns inget att fakturera: beloppet är noll.',
    // Paying what is due (issue 11)
    invoice_paid: 'Fakturan är redan betald.',
    invoice_void: 'Fakturan är makulerad eller krediterad; det finns inget att betala.',
    nothing_due: 'Det finns inget att betala för bokningen just nu.',
    amount_mismatch: 'Beloppet att betala har ändrats. Kontrollera det nya beloppet och försök igen.',
    invalid_image: 'Bilden går inte att använda. Ladda upp en PNG eller JPEG på högst 45 000 byte.',
    promo_not_found: 'Det finns ingen sådan kampanjkod.',
    tax_rate_not_found: 'Momssatsen finns inte.',
    slot_taken: 'Tyvärr har någon annan just bokat den här tiden. Välj en annan.',
    hold_expired: 'Tiden vi höll åt dig har gått ut. Välj en tid igen.',
    reschedule_closed: 'Bokningen kan inte längre flyttas på nätet. Kontakta oss.',
    class_currency_differs:
      'Det passet har pris i en annan valuta, så bokningen kan inte flyttas dit. Boka det separat.',
    provider_not_offering: 'Utföraren erbjuder inte den här tjänsten.',
    slot_unavailable: 'Det här är ingen bokningsbar tid för tjänsten. Välj en av de erbjudna tiderna.',
    start_in_past: 'Den här tiden har redan passerat.',
    too_soon: 'Tjänsten måste bokas minst {minutes} minuter i förväg.',
    too_far_ahead: 'Tjänsten kan bokas högst {days} dagar i förväg.',
    address_required: 'Tjänsten utförs hos dig: ange adressen.',
    wrong_booking_kind: 'Det går inte att göra med den här sortens bokning.',
    out_of_service_area: 'Tyvärr ligger adressen utanför området vi åker till.',
    address_not_placed:
      'Vi hittade inte adressen på kartan och kan därför inte räkna ut reseavgiften. Kontrollera den, eller ange postnummer eller en kartnål.',
    class_type_not_found: 'Passtypen finns inte.',
    package_not_found: 'Paketet finns inte eller säljs inte längre.',
    insufficient_credits: 'Du har inte tillräckligt med klipp: {needed} behövs, {balance} finns.',
    credits_not_applicable: 'Dina klipp kan inte betala för den här bokningen.',
    invalid_transition: 'Bokningen är inte längre i ett läge där det går.',
    promo_exhausted: 'Kampanjkoden är förbrukad.',
    price_changed: 'Priset har ändrats sedan det visades. Se det nya priset och bekräfta igen.',
    tax_rate_in_use:
      'Tjänster, pass eller organisationen använder fortfarande momssatsen. Välj en annan för dem först.',
    class_cancelled: 'Passet är inställt.',
    class_started: 'Passet har redan börjat och kan inte längre bokas eller ändras.',
    class_has_bookings:
      'Kan inte radera: passet har {count} {count:bokning|bokningar}. Ställ in passet i stället, så meddelas kunderna och platserna frigörs.',
    capacity_below_booked: 'Passet har redan {taken} {taken:bokad plats|bokade platser} och kan inte ha färre än så.',
    cancellation_deadline_passed:
      'Bokningar kan avbokas fram till {hours} {hours:timme|timmar} innan passet börjar. Kontakta oss om du inte kan komma.',
    booking_cancelled: 'Bokningen är avbokad.',
    booking_not_started:
      'Bokningen har inte börjat än och kan därför inte markeras som genomförd eller utebliven. Checka in kunden i stället.',
    payment_not_succeeded: 'Betalningen har inte gått igenom (ännu).',
    payment_method_mismatch: 'Det går inte med det här betalsättet.',
    refund_exceeds_payment:
      'Det är mer än vad som kan återbetalas: {refundable} (i minsta enhet av {currency}) återstår.',
    problem_resolved: 'Den här betalningen är redan hanterad.',
    already_booked: 'Kunden har redan en bokning på det här passet.',
    booking_has_payment:
      'Bokningen har en betalning och kan inte tas bort. Avboka den i stället, och återbetala betalningen om den ska tillbaka.',
    location_in_use: 'Tjänster, pass eller öppettider använder fortfarande platsen. Flytta dem först.',
    provider_in_use:
      'Bokningar hänvisar till utföraren, så den sparas för deras historik. Inaktivera utföraren i stället.',
    service_in_use: 'Tjänsten har bokningar, så den sparas för deras historik. Inaktivera tjänsten i stället.',
    schedule_overlap: 'Två öppettider samma dag överlappar. Låt varje intervall sluta innan nästa börjar.',
    provider_account_taken: 'Kontot är redan kopplat till en annan utförare.',
    provider_account_not_staff:
      'En utförare kan bara kopplas till ett personal- eller administratörskonto i organisationen.',
    payment_method_unavailable: 'Det här betalsättet erbjuds inte här.',
    // cards
    saved_card_requires_account: 'Logga in för att betala med ett sparat kort.',
    card_not_found: 'Kortet finns inte bland dina sparade kort.',
    card_declined: 'Kortet nekades. Inget bokades eller drogs; prova ett annat kort.',
    // end cards
    // money
    reschedule_payment_pending:
      'Den nya tiden kostar mindre än betalningen som är på väg. Betala först och flytta sedan bokningen, eller välj en tid till samma pris.',
    reschedule_refund_by_hand:
      'Den nya tiden kostar mindre, och en del av en Swish- eller bankbetalning kan inte betalas tillbaka på nätet. Kontakta oss för att flytta bokningen.',
    postcode_not_in_address: 'Postnumret är inte det som står i adressen. Kontrollera adressen och postnumret.',
    instructor_busy:
      'Instruktören har en bokad tid eller ett annat pass då. Välj en annan tid eller en annan instruktör.',
    reschedule_needs_payment:
      'Den nya tiden kostar mer, och priset betalas när man bokar. Avboka den här bokningen och boka den nya tiden i stället, eller kontakta oss för att flytta den.',
    // end money
    payment_provider_unavailable: 'Korttjänsten svarade inte. Inga pengar har dragits; försök igen.',
    payments_disabled: 'Kortbetalning går inte just nu. Välj ett annat sätt att betala.',
    payload_too_large: 'Förfrågan är för stor.',
    uri_too_long: 'Adressen eller en del av den är för lång.',
    unsupported_media_type: 'Skicka förfrågan som application/json.',
    idempotency_key_in_use: 'En förfrågan med denna Idempotency-Key behandlas fortfarande. Försök igen om en stund.',
    spots_limit_exceeded: 'Du kan boka högst {max} {max:plats|platser} på det här passet.',
    promo_expired: 'Kampanjkoden gäller inte just nu.',
    promo_not_applicable: 'Kampanjkoden kan inte användas för den här bokningen.',
    idempotency_key_reused: 'Denna Idempotency-Key har redan använts för en annan förfrågan.',
    last_admin: 'Organisationen måste ha minst en administratör.',
    rate_limited: 'För många förfrågningar. Vänta en stund och försök igen.',
    too_many_holds:
      'Du håller redan {max} platser eller tider. Boka dem, eller släpp en (välj en annan tid), och försök igen.',
    headers_too_large: 'Förfrågans adress eller rubriker är för stora.',
    internal_error: 'Något gick fel hos oss. Försök igen.',
    busy: 'Det är mycket just nu. Försök igen om en liten stund.',
    database_unavailable: 'Databasen går inte att nå.',
    shutting_down: 'Servern stängs av. Försök igen om en stund: nästa försök når en som är igång.',
    // loyalty
    reward_not_found: 'Belöningen finns inte.',
    redemption_not_found: 'Inlösen finns inte.',
    insufficient_points: 'Du har inte tillräckligt med poäng: {needed} behövs, {balance} finns.',
    reward_out_of_stock: 'Belöningen är slut.',
    reward_inactive: 'Belöningen erbjuds inte längre.',
    loyalty_disabled: 'Här finns inga lojalitetspoäng.',
    reward_in_use: 'Belöningen har lösts in och kan inte tas bort. Inaktivera den i stället.',
    redemption_not_pending: 'Inlösen väntar inte längre.',
    waitlist_entry_not_found: 'Platsen på väntelistan finns inte. Kontrollera länken i ditt mejl.',
    waitlist_class_has_room: 'Passet har lediga platser: boka i stället för att ställa dig på väntelistan.',
    already_on_waitlist: 'Du står redan på väntelistan till det här passet.',
    waitlist_offer_not_open: 'Du har ingen erbjuden plats i det här passet just nu.',
    waitlist_offer_expired: 'Tiden för att ta platsen har gått ut; den gick till nästa på listan.',
    // roster
    attendance_final: 'Passet är slut: närvaron kan inte längre ångras.',
    roster_empty: 'Ingen är bokad på passet, så det finns ingen att skicka till.',
    roster_message_limit: 'Passet har fått {max} meddelanden den senaste timmen. Vänta en stund innan du skickar fler.',
    webhook_delivery_not_found: 'Webhook-leveransen finns inte.',
    webhook_delivery_not_failed: 'Bara en misslyckad leverans kan skickas igen; den här väntar eller är levererad.',
    // platform
    organisation_exists: 'Det finns redan en organisation med den kortadressen.',
    // recurring
    series_not_found: 'Serien finns inte.',
    template_not_found: 'Passmallen finns inte.',
    class_not_in_series: 'Passet ingår inte i någon serie.',
    series_empty: 'Mönstret ger inget pass mellan de datumen.',
    series_too_long: 'En serie kan ha högst {max} pass inom två år.',
  },
};

// Made once a language, not for every refusal.
const plurals = new Map<Locale, Intl.PluralRules>();
const pluralRules = (locale: Locale): Intl.PluralRules => {
  const made = plurals.get(locale);
  if (made) return made;
  const rules = new Intl.PluralRules(locale);
  plurals.set(locale, rules);
  return rules;
};

/**
 * Fills `{name}` with a parameter, and `{name:one|other}` with the word that fits the number by the
 * language's plural rules ("1 booking", "3 bookings"; "1 bokning", "3 bokningar").
 */
export function errorMessage(code: ErrorCode, locale: Locale, params: ErrorParams = {}): string {
  const template = errorMessages[locale][code];
  if (!template.includes('{')) return template;
  const plurals = pluralRules(locale);
  return template.replace(
    /\{(\w+)(?::([^|{}]*)\|([^{}]*))?\}/g,
    (match, name: string, one?: string, other?: string) => {
      const value = params[name];
      if (value === undefined) return match;
      if (one === undefined || other === undefined) return String(value);
      return plurals.select(Number(value)) === 'one' ? one : other;
    },
  );
}

/** Refusals whose message tells the customer to contact the business. */
const contactCodes: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'account_has_unpaid',
  'guest_link_merge_refused',
  'reschedule_closed',
  'cancellation_deadline_passed',
  'reschedule_refund_by_hand',
  'reschedule_needs_payment',
]);

const contactSentences = {
  en: { both: 'Email {email} or call {phone}.', email: 'Email {email}.', phone: 'Call {phone}.' },
  sv: { both: 'Mejla {email} eller ring {phone}.', email: 'Mejla {email}.', phone: 'Ring {phone}.' },
} satisfies Record<Locale, Record<'both' | 'email' | 'phone', string>>;

/**
 * A refusal that says "contact us", followed by how: the business's contact details from its
 * settings. Without them the message stays as it was.
 */
export function withContact(
  message: string,
  code: ErrorCode,
  locale: Locale,
  contact: { contactEmail: string | null; contactPhone: string | null } | undefined,
): string {
  if (!contact || !contactCodes.has(code)) return message;
  const { contactEmail: email, contactPhone: phone } = contact;
  const sentence = email && phone ? 'both' : email ? 'email' : phone ? 'phone' : null;
  if (!sentence) return message;
  const how = contactSentences[locale][sentence].replace('{email}', email ?? '').replace('{phone}', phone ?? '');
  return `${message} ${how}`;
}
