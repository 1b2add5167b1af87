// The list and the names are shared with the server: src/shared/countries.ts.
export { COUNTRY_CODES, countriesByName, countryName } from '../../shared/countries.js';
