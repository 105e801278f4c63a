/** Jest stand-in for office-addin-manifest (its ESM-only dependency breaks jest 30): office-addin-mock needs only this enum. */
module.exports = { OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' } };
