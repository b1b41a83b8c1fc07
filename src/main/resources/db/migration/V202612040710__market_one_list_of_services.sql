-- Providers' listings now take their services from the one list contracts, support requests and agreements use
-- (contracts/services.psv). The market's own list called short breaks "respite"; the one list calls them
-- "short-breaks", so listings say so too. Listing versions are history, but a renamed code is not a change of what
-- was listed: without this, a listing offering respite would never match a request for short breaks.
update provider_listing_draft set services = array_replace(services, 'respite', 'short-breaks')
where 'respite' = any (services);
update provider_listing_version set services = array_replace(services, 'respite', 'short-breaks')
where 'respite' = any (services);
